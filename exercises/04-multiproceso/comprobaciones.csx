// Comprobaciones de 04-multiproceso. El corredor que corrige recibe un registro (ChildRun) de cada proceso que el
// código del alumno arranca con su misma línea de órdenes: id, id del padre y cuándo acabó, que dice el núcleo, y lo
// que imprimió, que cuenta el corredor de ese proceso. Ningún archivo ni nada que escriba el alumno hace un registro.

// Los registros que ya están, esperando hasta `plazo` a que haya al menos `cuantos`.
IReadOnlyList<ChildRun> Hijos(int cuantos, TimeSpan plazo)
{
    var reloj = Stopwatch.StartNew();
    var hijos = CheckContext.ChildRuns();
    while (hijos.Count < cuantos && reloj.Elapsed < plazo)
    {
        Thread.Sleep(20);
        hijos = CheckContext.ChildRuns();
    }

    return hijos;
}

Verdict SinHijo() => Verdict.Fail(
    "El programa no arrancó ningún proceso hijo que ejecutara este script: IniciarHijo debe arrancar Environment.ProcessPath con Environment.GetCommandLineArgs().",
    "The program started no child process running this script: IniciarHijo must start Environment.ProcessPath with Environment.GetCommandLineArgs().");

[Check("dos_procesos")]
Verdict DosProcesos(CheckContext ctx)
{
    ctx.RequireProgramCompleted();
    var padre = $"Hola desde el proceso padre {Environment.ProcessId}";
    if (!ctx.Program.Lines.Contains(padre))
    {
        return Expect.SameLines(new[] { padre }, ctx.Program.Lines, "Lo que imprime el padre", "What the parent prints");
    }

    var hijo = Hijos(1, TimeSpan.FromSeconds(10)).FirstOrDefault();
    if (hijo is null)
    {
        return SinHijo();
    }

    return Expect.SameText($"Hola desde el proceso hijo {hijo.ProcessId}\n", hijo.Output.Replace("\r\n", "\n"),
        $"Lo que imprime el hijo (proceso {hijo.ProcessId})", $"What the child prints (process {hijo.ProcessId})");
}

[Check("hijo_es_otro_proceso")]
Verdict HijoEsOtroProceso(CheckContext ctx)
{
    var antes = CheckContext.ChildRuns().Count;
    using var proceso = IniciarHijo();
    if (proceso is null)
    {
        return Verdict.Fail("IniciarHijo devolvió null.", "IniciarHijo returned null.");
    }

    if (proceso.Id == Environment.ProcessId)
    {
        return Verdict.Fail(
            "IniciarHijo devolvió el proceso actual: el hijo tiene que ser otro proceso, con su propio id.",
            "IniciarHijo returned the current process: the child must be another process, with an id of its own.");
    }

    if (!proceso.WaitForExit(TimeSpan.FromSeconds(10)))
    {
        proceso.Kill(entireProcessTree: true);
        return Verdict.Fail("El proceso que arranca IniciarHijo no terminó en 10 s.", "The process IniciarHijo starts did not end within 10 s.");
    }

    var nuevo = Hijos(antes + 1, TimeSpan.FromSeconds(2)).FirstOrDefault(h => h.ProcessId == proceso.Id);
    if (nuevo is null)
    {
        return SinHijo();
    }

    return Expect.Equal(Environment.ProcessId, nuevo.ParentProcessId ?? Environment.ProcessId,
        "El padre del proceso hijo", "The child process's parent");
}

[Check("padre_espera")]
Verdict PadreEspera(CheckContext ctx)
{
    ctx.RequireProgramCompleted();
    var hijo = Hijos(1, TimeSpan.FromSeconds(10)).FirstOrDefault();
    if (hijo is null)
    {
        return SinHijo();
    }

    return hijo.Finished <= ctx.Program.Finished
        ? Verdict.Pass()
        : Verdict.Fail(
            $"El programa terminó {(hijo.Finished - ctx.Program.Finished).TotalMilliseconds:F0} ms antes que su hijo: el padre tiene que esperarlo con WaitForExit().",
            $"The program ended {(hijo.Finished - ctx.Program.Finished).TotalMilliseconds:F0} ms before its child: the parent must wait for it with WaitForExit().");
}
