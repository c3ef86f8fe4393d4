using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Checks;
using Grader.Execution;
using Grader.Exercises;
using Grader.Protocol;

namespace Grader.Grading;

/// <summary>Why a run ended before the runner said it was done, told in words a student can act on.</summary>
internal sealed partial record AbnormalEnd(FailureReason Reason, LocalizedText Message)
{
    /// <summary>What .NET reports for a child ended by signal 9: 128 + 9.</summary>
    private const int KilledBySigkill = 137;

    /// <summary>Null when the run ended normally.</summary>
    /// <param name="forged">Records the runner did not write: without its key, or out of its order (<see cref="RecordOrder"/>).</param>
    /// <param name="cleanExit">The runner exits 0 right after <c>done</c> (check mode): any other end after it is not the runner's.</param>
    /// <param name="hiddenInProgress">The check in progress is hidden: what the program wrote (an exception's message,
    /// stderr) may carry that check's inputs, so it is left out and only the kind of end is said.</param>
    public static AbnormalEnd? Diagnose(SandboxResult result, RunLimits limits, string? checkInProgress, int forged, bool cleanExit, bool hiddenInProgress = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(limits);
        var during = checkInProgress is null ? ("", "") : ($" (durante la comprobación «{checkInProgress}»)", $" (during the check '{checkInProgress}')");
        var fault = result.Records.OfType<FaultRecord>().FirstOrDefault();
        switch (result.Termination)
        {
            case Termination.OutputLimit:
                var kb = (limits.OutputBytes / 1024).ToString(CultureInfo.InvariantCulture);
                return new(FailureReason.OutputLimit, new(
                    $"Tu programa escribió más de {kb} KB y se detuvo{during.Item1}: ¿imprime dentro de un bucle sin fin? Se muestra el principio de la salida.",
                    $"Your program printed more than {kb} KB and was stopped{during.Item2}: does it print inside an endless loop? The start of the output is shown."));
            case Termination.TimedOut:
                var seconds = limits.Wall.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
                return new(FailureReason.Timeout, new(
                    $"Tu programa no terminó en {seconds} s y se detuvo{during.Item1}: ¿un bucle sin fin, o una espera (Join, Wait, un lock) que nunca acaba?",
                    $"Your program did not finish within {seconds} s and was stopped{during.Item2}: an endless loop, or a wait (Join, Wait, a lock) that never ends?"));
        }

        if (forged > 0)
        {
            return new(FailureReason.Forbidden, new(
                "Tu programa escribió en el canal por el que el corrector recibe los resultados: la entrega no se puede calificar así.",
                "Your program wrote into the channel the grader receives results through: the submission cannot be graded that way."));
        }

        if (result.MemoryExceeded || fault?.Kind == FaultKind.OutOfMemory
            || !result.Done && result.Stderr.Text.Contains("OutOfMemoryException", StringComparison.Ordinal))
        {
            var mb = (limits.MemoryBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
            return new(FailureReason.MemoryLimit, new(
                $"Tu programa necesitó más memoria de la permitida ({mb} MB) y se detuvo{during.Item1}: ¿una lista o una cadena que crece sin fin?",
                $"Your program needed more memory than allowed ({mb} MB) and was stopped{during.Item2}: a list or a string that grows without end?"));
        }

        if (result.Done && (!cleanExit || result.ExitCode == 0))
        {
            return null;
        }

        if (result.Stderr.Text.Contains("Stack overflow.", StringComparison.Ordinal))
        {
            var function = RecursingFunction(result.Stderr.Text);
            var inEs = function is null ? "" : $" en la función {function}";
            var inEn = function is null ? "" : $" in the function {function}";
            return new(FailureReason.Crash, new(
                $"Tu programa se cerró por un desbordamiento de pila (stack overflow){inEs}{during.Item1}: una recursión que nunca llega a su caso base.",
                $"Your program crashed with a stack overflow{inEn}{during.Item2}: a recursion that never reaches its base case."));
        }

        if (fault?.Kind == FaultKind.UnhandledException)
        {
            var detail = hiddenInProgress ? ("", "") : ($": {fault.Detail}", $": {fault.Detail}");
            return new(FailureReason.Crash, new(
                $"Tu programa se cerró por una excepción que nadie capturó en uno de sus hilos{during.Item1}{detail.Item1}",
                $"Your program crashed with an exception nobody caught in one of its threads{during.Item2}{detail.Item2}"));
        }

        if (result.ExitCode == KilledBySigkill)
        {
            // The grader's own kills (time, output) are told above and the cgroup's OOM kill too, and the static gate
            // refuses Process.Kill: a SIGKILL left is the machine's doing (the kernel, an operator, a layer of the
            // sandbox), so it is not the student's grade, and internal grades are never final: a rerun grades again.
            // Where starting processes is allowed (04) a program could run `kill -9` on itself: it then gets no grade
            // at all, only the instructor's eye, which is where such a file belongs.
            return new(FailureReason.Internal, new(
                $"La ejecución se interrumpió desde fuera (SIGKILL){during.Item1}: no fue tu programa. No es culpa tuya: vuelve a probar y, si se repite, avisa al profesorado.",
                $"The run was killed from outside (SIGKILL){during.Item2}: not by your program. It is not your fault: try again and, if it happens again, tell your instructor."));
        }

        // Environment.Exit is refused by the static gate: an early end here is the runtime's or the system's doing,
        // and the last thing written to stderr is what says why.
        var code = result.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "?";
        var last = result.Stderr.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        var said = last is null || hiddenInProgress ? ("", "") : ($" Lo último que escribió en stderr: «{last}».", $" The last thing it wrote to stderr: '{last}'.");
        return new(FailureReason.Crash, new(
            $"Tu programa se cerró antes de terminar (código de salida {code}){during.Item1}.{said.Item1}",
            $"Your program closed before finishing (exit code {code}){during.Item2}.{said.Item2}"));
    }

    /// <summary>The student's function that repeats most in the stack the runtime printed.</summary>
    private static string? RecursingFunction(string stderr) =>
        StudentFrame().Matches(stderr)
            .Select(m => m.Groups["name"].Value)
            .GroupBy(n => n)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();

    [GeneratedRegex(@"at Alumno\.(?:<(?<name>\w+)>g__)?(?<name>\w+)")]
    private static partial Regex StudentFrame();
}
