using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Grader.Tests")]
