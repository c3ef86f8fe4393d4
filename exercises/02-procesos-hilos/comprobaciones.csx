// Comprobaciones de 02-procesos-hilos. Se compilan como continuación del script del alumno y corren en el
// hilo principal del proceso, que no tiene nombre.

// El id del proceso según el sistema operativo: el primer campo de /proc/self/stat (en Linux), o Process.
int IdDelSistema()
{
    if (File.Exists("/proc/self/stat"))
    {
        return int.Parse(File.ReadAllText("/proc/self/stat").Split(' ')[0]);
    }

    using var proceso = Process.GetCurrentProcess();
    return proceso.Id;
}

// Los hilos del proceso según el sistema operativo: la línea «Threads:» de /proc/self/status (en Linux), o Process.
int HilosDelSistema()
{
    if (File.Exists("/proc/self/status"))
    {
        var linea = File.ReadLines("/proc/self/status").First(l => l.StartsWith("Threads:"));
        return int.Parse(linea["Threads:".Length..].Trim());
    }

    using var proceso = Process.GetCurrentProcess();
    return proceso.Threads.Count;
}

// Ejecuta la función en un hilo nuevo (con ese nombre, si se da) y devuelve lo que devolvió o lanzó.
(T Valor, Exception Error) EnOtroHilo<T>(Func<T> funcion, string nombre = null)
{
    T valor = default;
    Exception error = null;
    var hilo = new Thread(() =>
    {
        try
        {
            valor = funcion();
        }
        catch (Exception e)
        {
            error = e;
        }
    }) { IsBackground = true };
    if (nombre is not null)
    {
        hilo.Name = nombre;
    }

    hilo.Start();
    if (!hilo.Join(TimeSpan.FromSeconds(5)))
    {
        throw new CheckFailedException(Verdict.Fail(
            "La función no terminó en 5 s al llamarla desde otro hilo.",
            "The function did not end within 5 s when called from another thread."));
    }

    return (valor, error);
}

[Check("id_proceso")]
Verdict IdProcesoCorrecto(CheckContext ctx)
{
    var real = IdDelSistema();
    var desdeAqui = IdProceso();
    if (desdeAqui != real || desdeAqui != Environment.ProcessId)
    {
        return Verdict.Fail(
            $"IdProceso() devolvió {desdeAqui}, pero el id de este proceso es {real} (el hilo que la llamó tiene el id administrado {Environment.CurrentManagedThreadId}: no es lo mismo).",
            $"IdProceso() returned {desdeAqui}, but this process's id is {real} (the thread that called it has managed id {Environment.CurrentManagedThreadId}: not the same thing).");
    }

    // Un proceso tiene un solo id, lo pregunte el hilo que lo pregunte.
    var (desdeOtro, error) = EnOtroHilo(IdProceso);
    if (error is not null)
    {
        return Verdict.Fail(
            $"IdProceso() lanzó {error.GetType().Name} al llamarla desde otro hilo: {error.Message}",
            $"IdProceso() threw {error.GetType().Name} when called from another thread: {error.Message}");
    }

    return desdeOtro == real
        ? Verdict.Pass()
        : Verdict.Fail(
            $"Desde otro hilo, IdProceso() devolvió {desdeOtro} en vez de {real}: el id del proceso es el mismo para todos sus hilos.",
            $"From another thread, IdProceso() returned {desdeOtro} instead of {real}: the process id is the same for all its threads.");
}

[Check("hilos_activos")]
Verdict HilosActivosCorrecto(CheckContext ctx)
{
    // 1. Lo mismo que cuenta el sistema en ese momento: se lee justo antes y justo después, con un margen de
    // 2 hilos porque el runtime arranca y para los suyos (pool de hilos, compilación por niveles...).
    const int margen = 2;
    int antes = 0, obtenido = 0, despues = 0;
    var coincide = false;
    for (var intento = 0; intento < 3 && !coincide; intento++)
    {
        antes = HilosDelSistema();
        obtenido = HilosActivos();
        despues = HilosDelSistema();
        coincide = obtenido >= Math.Min(antes, despues) - margen && obtenido <= Math.Max(antes, despues) + margen;
    }

    if (!coincide)
    {
        return Verdict.Fail(
            $"HilosActivos() devolvió {obtenido}, pero el sistema operativo cuenta {antes} hilos en el proceso justo antes y {despues} justo después. Cuenta todos los hilos del proceso, no solo los del pool.",
            $"HilosActivos() returned {obtenido}, but the operating system counts {antes} threads in the process just before and {despues} just after. Count all the process's threads, not only the pool's.");
    }

    // 2. Con 5 hilos más, bloqueados a la espera, la cuenta tiene que crecer al menos 5.
    const int nuevos = 5;
    int sinEllos = 0, conEllos = 0;
    for (var intento = 0; intento < 3; intento++)
    {
        sinEllos = HilosActivos();
        using var puerta = new ManualResetEventSlim(false);
        using var listos = new CountdownEvent(nuevos);
        var hilos = Enumerable.Range(0, nuevos).Select(_ => new Thread(() =>
        {
            listos.Signal();
            puerta.Wait(TimeSpan.FromSeconds(10));
        }) { IsBackground = true }).ToList();
        hilos.ForEach(h => h.Start());
        try
        {
            listos.Wait(TimeSpan.FromSeconds(5));
            conEllos = HilosActivos();
        }
        finally
        {
            puerta.Set();
            hilos.ForEach(h => h.Join(TimeSpan.FromSeconds(5)));
        }

        if (conEllos - sinEllos >= nuevos)
        {
            return Verdict.Pass();
        }
    }

    return Verdict.Fail(
        $"HilosActivos() devolvió {sinEllos} y, con {nuevos} hilos más esperando, {conEllos}: tiene que crecer al menos {nuevos}. ¿Guardas un Process y lees sus Threads otra vez? Un Process recuerda lo que leyó: pide uno nuevo en cada llamada.",
        $"HilosActivos() returned {sinEllos} and, with {nuevos} more threads waiting, {conEllos}: it must grow by at least {nuevos}. Do you keep a Process and read its Threads again? A Process remembers what it read: get a fresh one on each call.");
}

[Check("nombre_hilo")]
Verdict NombreHilo(CheckContext ctx)
{
    // Las comprobaciones corren en el hilo principal, que no tiene nombre.
    var esperado = Thread.CurrentThread.Name ?? "principal";
    var principal = Expect.Equal(esperado, NombreHiloActual(),
        "NombreHiloActual() en el hilo principal, que no tiene nombre", "NombreHiloActual() on the main thread, which has no name");
    if (!principal.Passed)
    {
        return principal;
    }

    const string nombre = "trabajador-7";
    var (obtenido, error) = EnOtroHilo(NombreHiloActual, nombre);
    if (error is not null)
    {
        return Verdict.Fail(
            $"NombreHiloActual() lanzó {error.GetType().Name} en un hilo llamado \"{nombre}\": {error.Message}",
            $"NombreHiloActual() threw {error.GetType().Name} on a thread named \"{nombre}\": {error.Message}");
    }

    return Expect.Equal(nombre, obtenido,
        $"NombreHiloActual() en un hilo llamado \"{nombre}\"", $"NombreHiloActual() on a thread named \"{nombre}\"");
}

[Check("salida_programa")]
Verdict SalidaPrograma(CheckContext ctx)
{
    ctx.RequireProgramCompleted();
    // El id y el nombre son los que dan las propias funciones del alumno (su valor lo miran las otras
    // comprobaciones); los hilos cambian de un momento a otro y se comparan como {n}.
    var hilos = new System.Text.RegularExpressions.Regex(@"^C# está ejecutando \d+ hilo\(s\) actualmente$");
    var obtenidas = ctx.Program.Lines.Select(l => hilos.IsMatch(l) ? "C# está ejecutando {n} hilo(s) actualmente" : l).ToList();
    var esperadas = new List<string>
    {
        $"Proceso de C# ejecutándose con el ID: {IdProceso()}",
        "C# está ejecutando {n} hilo(s) actualmente",
        $"El hilo actual es {NombreHiloActual()}",
    };
    return Expect.SameLines(esperadas, obtenidas, "Lo que imprime el programa", "What the program prints");
}
