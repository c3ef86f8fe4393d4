using Grader.Cli;
using Grader.Compilation.Worker;

return args is [CompileWorker.Argument] ? CompileWorker.Run() : await GraderCli.RunAsync(args);
