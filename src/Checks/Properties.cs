using System.Runtime.CompilerServices;

// The runner alone hands the checks the child processes it verified (ChildRun.Source).
[assembly: InternalsVisibleTo("Grader.Runner")]
