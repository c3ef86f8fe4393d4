using Grader.Cli;

return await GraderCli.RunAsync(args);
