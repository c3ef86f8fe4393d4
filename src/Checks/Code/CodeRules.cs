namespace Grader.Checks.Code;

/// <summary>Reusable checks on the shape of the student's code.</summary>
public static class CodeRules
{
    /// <summary>
    /// The functions, meant to be asynchronous, do not block the thread that runs them: no <c>.Result</c>,
    /// <c>.Wait()</c> or <c>GetAwaiter().GetResult()</c> on a task not awaited before, no <c>Thread.Sleep</c>,
    /// no <c>new Thread</c>, no <c>Task.WaitAll</c>, no wait handle, event, semaphore, spin, <c>Thread.Join</c> or
    /// <c>Parallel</c> loop. Each use is reported with its line and why. Only the function's own body is read (not
    /// the functions it calls, nor a loop polling <c>IsCompleted</c>): pair it with a check that times the call.
    /// </summary>
    public static Verdict DoesNotBlock(CodeFacts code, params string[] functions)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(functions);
        var found = new List<(string Function, CallFact Call, string Es, string En)>();
        foreach (var name in functions)
        {
            if (Written(code, name, out var facts) is { } missing)
            {
                return missing;
            }

            // A method group handed on (Task.Run(evento.Wait)) blocks whoever calls it, not this function.
            foreach (var call in facts.Calls.Where(c => !c.OffThread && c.Kind != CallKind.Reference))
            {
                if (Blocking(call) is { } why)
                {
                    found.Add((name, call, why.Es, why.En));
                }
            }
        }

        if (found.Count == 0)
        {
            return Verdict.Pass();
        }

        var es = string.Join(" ", found.Select(f => $"Línea {f.Call.Line}, en {f.Function}: {f.Es}"));
        var en = string.Join(" ", found.Select(f => $"Line {f.Call.Line}, in {f.Function}: {f.En}"));
        return Verdict.Fail(es, en);
    }

    /// <summary>A failing verdict when the function is missing or still the stub; null, with its facts, when it is written.</summary>
    private static Verdict? Written(CodeFacts code, string name, out FunctionFacts facts)
    {
        facts = code.Function(name)!;
        if (facts is null)
        {
            return Verdict.Fail($"No encuentro la función {name}.", $"Cannot find the function {name}.");
        }

        return facts.IsUnfinished
            ? Verdict.Fail(
                $"La función {name} está sin completar (aún tiene «// completa»).",
                $"The function {name} is unfinished (it still has '// completa').")
            : null;
    }

    private static (string Es, string En)? Blocking(CallFact call)
    {
        var member = call.Member;
        if (member.StartsWith("System.Threading.Thread.Sleep(", StringComparison.Ordinal))
        {
            return ("Thread.Sleep duerme el hilo y no deja trabajar a nadie más en él; usa await Task.Delay.",
                "Thread.Sleep puts the thread to sleep and lets nothing else run on it; use await Task.Delay.");
        }

        if (call.Kind == CallKind.Constructor && member.StartsWith("System.Threading.Thread.Thread(", StringComparison.Ordinal))
        {
            return ("new Thread crea un hilo que se queda esperando; en código asíncrono basta con await (o Task.Run para trabajo de CPU).",
                "new Thread creates a thread that sits waiting; in asynchronous code await is enough (or Task.Run for CPU work).");
        }

        if (member.StartsWith("System.Threading.Tasks.Task.WaitAll(", StringComparison.Ordinal) || member.StartsWith("System.Threading.Tasks.Task.WaitAny(", StringComparison.Ordinal))
        {
            return ("Task.WaitAll/WaitAny bloquea el hilo; usa await Task.WhenAll/WhenAny.",
                "Task.WaitAll/WaitAny blocks the thread; use await Task.WhenAll/WhenAny.");
        }

        if (call.Kind == CallKind.Method && WaitsInPlace(member, call.Name) is { } waits)
        {
            return waits;
        }

        if (call.OnAwaitedTask)
        {
            return null;
        }

        if (member.StartsWith("System.Net.Http.HttpClient.Send(", StringComparison.Ordinal))
        {
            return ("HttpClient.Send espera la respuesta bloqueando el hilo; usa await cliente.SendAsync (o GetAsync).",
                "HttpClient.Send waits for the response blocking the thread; use await client.SendAsync (or GetAsync).");
        }

        if (member is "System.Threading.Tasks.Task<TResult>.Result" or "System.Threading.Tasks.ValueTask<TResult>.Result")
        {
            return (".Result bloquea el hilo hasta que la tarea termina; usa await.",
                ".Result blocks the thread until the task ends; use await.");
        }

        if (member.StartsWith("System.Threading.Tasks.Task.Wait(", StringComparison.Ordinal))
        {
            return (".Wait() bloquea el hilo hasta que la tarea termina; usa await.",
                ".Wait() blocks the thread until the task ends; use await.");
        }

        if ((member.StartsWith("System.Runtime.CompilerServices.TaskAwaiter", StringComparison.Ordinal)
                || member.StartsWith("System.Runtime.CompilerServices.ValueTaskAwaiter", StringComparison.Ordinal)
                || member.StartsWith("System.Runtime.CompilerServices.ConfiguredTaskAwaitable", StringComparison.Ordinal)
                || member.StartsWith("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable", StringComparison.Ordinal))
            && call.Name == "GetResult")
        {
            return ("GetAwaiter().GetResult() bloquea el hilo hasta que la tarea termina; usa await.",
                "GetAwaiter().GetResult() blocks the thread until the task ends; use await.");
        }

        return null;
    }

    private static readonly string[] SignalledTypes = ["ManualResetEventSlim", "CountdownEvent", "Barrier", "Monitor"];

    /// <summary>
    /// Waits that hold the thread whatever they wait for, so no earlier await excuses them: a task's
    /// AsyncWaitHandle, events, semaphores, spinning, joining a thread, a parallel loop. Matched on the declaring
    /// type, so ManualResetEvent.WaitOne (WaitHandle's) is found as WaitHandle.WaitOne.
    /// </summary>
    private static (string Es, string En)? WaitsInPlace(string member, string name)
    {
        bool On(string type, params string[] names) =>
            member.StartsWith(type + "." + name, StringComparison.Ordinal) && names.Contains(name);

        if (On("System.Threading.WaitHandle", "WaitOne", "WaitAll", "WaitAny", "SignalAndWait"))
        {
            return ($"WaitHandle.{name} (también el AsyncWaitHandle de una tarea, o un ManualResetEvent, Mutex o Semaphore) bloquea el hilo hasta que llega la señal; espera la tarea con await (await tarea, await Task.WhenAll).",
                $"WaitHandle.{name} (also a task's AsyncWaitHandle, or a ManualResetEvent, Mutex or Semaphore) blocks the thread until it is signalled; await the task instead (await task, await Task.WhenAll).");
        }

        if (On("System.Threading.SpinWait", "SpinUntil", "SpinOnce") || On("System.Threading.Thread", "SpinWait"))
        {
            return ($"{name} da vueltas en el hilo hasta que se cumple la condición: lo ocupa sin dejar trabajar a nadie más; espera la tarea con await.",
                $"{name} spins on the thread until the condition holds: it keeps the thread busy and lets nothing else run on it; await the task instead.");
        }

        if (On("System.Threading.SemaphoreSlim", "Wait"))
        {
            return ("SemaphoreSlim.Wait bloquea el hilo mientras espera su turno; usa await semaforo.WaitAsync().",
                "SemaphoreSlim.Wait blocks the thread while it waits for its turn; use await semaforo.WaitAsync().");
        }

        var signalled = SignalledTypes.FirstOrDefault(type => On("System.Threading." + type, "Wait", "SignalAndWait"));
        if (signalled is not null)
        {
            return ($"{signalled}.{name} bloquea el hilo hasta que otro hilo le avisa; en código asíncrono espera una tarea con await (por ejemplo la de un TaskCompletionSource).",
                $"{signalled}.{name} blocks the thread until another thread signals it; in asynchronous code await a task instead (for example a TaskCompletionSource's).");
        }

        if (On("System.Threading.Thread", "Join"))
        {
            return ("Thread.Join bloquea el hilo hasta que el otro hilo termina; en código asíncrono usa await Task.Run(...).",
                "Thread.Join blocks the thread until the other thread ends; in asynchronous code use await Task.Run(...).");
        }

        if (On("System.Threading.Tasks.Parallel", "For", "ForEach", "Invoke"))
        {
            return ($"Parallel.{name} no vuelve hasta que termina todo su trabajo: bloquea a quien llama; usa await Task.WhenAll (o await Parallel.ForEachAsync).",
                $"Parallel.{name} does not return until all its work is done: it blocks its caller; use await Task.WhenAll (or await Parallel.ForEachAsync).");
        }

        if (On("System.Threading.Tasks.Task", "RunSynchronously"))
        {
            return ("RunSynchronously ejecuta la tarea en este hilo y lo ocupa hasta que termina; usa await Task.Run(...).",
                "RunSynchronously runs the task on this thread and holds it until it ends; use await Task.Run(...).");
        }

        return null;
    }

    public static Verdict CallsItself(CodeFacts code, string function)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Written(code, function, out var facts) is { } missing)
        {
            return missing;
        }

        return facts.CallsOwn(function)
            ? Verdict.Pass()
            : Verdict.Fail(
                $"{function} (línea {facts.Line}) no se llama a sí misma: el enunciado pide la versión recursiva.",
                $"{function} (line {facts.Line}) does not call itself: the statement asks for the recursive version.");
    }
}
