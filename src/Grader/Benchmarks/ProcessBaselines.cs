using System.Diagnostics;

namespace Grader.Benchmarks;

/// <summary>
/// The usual ways, timed as a whole process each: a fresh <c>grader check</c> per file (start, compile, run,
/// report, then exit), and Exercism's way, <c>dotnet build</c> + <c>dotnet test</c> of a small xunit project per file.
/// </summary>
internal static class ProcessBaselines
{
    private const string TestProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>Median wall time of <paramref name="samples"/> cold <c>grader check</c> processes on the file.</summary>
    public static double FreshCheckMs(string exercisesFolder, string exerciseId, string file, int samples)
    {
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            times.Add(Time("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "check", exerciseId, file, "--exercises", exercisesFolder, "--format", "json"],
                Path.GetDirectoryName(file)!, acceptExitCodes: [0, 1]));
        }

        return Stats.Median(times);
    }

    /// <summary>
    /// Median of build + test of a fresh xunit project holding one student's function and its test. The restore
    /// is done first and not timed (a grading image has its packages); the compiler server is off, as in a fresh
    /// container, and no build node is left running.
    /// </summary>
    public static double BuildAndTestMs(string folder, int samples)
    {
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var project = Directory.CreateDirectory(Path.Combine(folder, $"exercism-{i}")).FullName;
            File.WriteAllText(Path.Combine(project, "Alumno.Tests.csproj"), TestProject);
            File.WriteAllText(Path.Combine(project, "Alumno.cs"), $"public static class Alumno {{ public static int Suma(int a, int b) => a + b; /* {i} */ }}\n");
            File.WriteAllText(Path.Combine(project, "AlumnoTests.cs"),
                "public class AlumnoTests { [Xunit.Fact] public void Suma() => Xunit.Assert.Equal(5, Alumno.Suma(2, 3)); }\n");
            Time("dotnet", ["restore", "-nodeReuse:false"], project, acceptExitCodes: [0]);
            times.Add(Time("dotnet", ["build", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false"], project, acceptExitCodes: [0])
                + Time("dotnet", ["test", "--no-build", "-nodeReuse:false"], project, acceptExitCodes: [0]));
        }

        return Stats.Median(times);
    }

    private static double Time(string file, IEnumerable<string> arguments, string workingDirectory, int[] acceptExitCodes)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (!acceptExitCodes.Contains(process.ExitCode))
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {error.Result}{output.Result}".Trim());
        }

        return watch.Elapsed.TotalMilliseconds;
    }
}
