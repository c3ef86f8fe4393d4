// Comprobaciones de 05-fibonacci-hilos. Se compilan como continuación del script del alumno.

// Fib de referencia, iterativa: no depende del código del alumno.
long FibEsperado(int n)
{
    long a = 0, b = 1;
    for (var i = 1; i < n; i++)
    {
        (a, b) = (b, a + b);
    }

    return a;
}

[Check("fib_valores")]
Verdict FibValores(CheckContext ctx)
{
    foreach (var n in new[] { 1, 2, 3, 4, 5, 10, 20, 25 })
    {
        var verdict = Expect.Equal(FibEsperado(n), Fib(n), $"Fib({n})", $"Fib({n})");
        if (!verdict.Passed)
        {
            return verdict;
        }
    }

    return Verdict.Pass();
}

[Check("fib_recursiva")]
Verdict FibRecursiva(CheckContext ctx) => CodeRules.CallsItself(ctx.Code, "Fib");

[Check("imprime_fib")]
Verdict ImprimeFib(CheckContext ctx)
{
    var llamada = ctx.Capture(() => ImprimirFib(10));
    return Expect.SameText($"fib(10) es {Fib(10)}\n", llamada.Output.Replace("\r\n", "\n"),
        "Lo que imprime ImprimirFib(10)", "What ImprimirFib(10) prints");
}

// Una línea de fib tiene exactamente esta forma: «fib(40) es 63245986».
static readonly System.Text.RegularExpressions.Regex FormaFib = new(@"^fib\((\d+)\) es -?\d+$");

[Check("salida_programa")]
Verdict SalidaPrograma(CheckContext ctx)
{
    ctx.RequireProgramCompleted();
    // Los segundos cambian de una ejecución a otra y se comparan como {s}.
    var tiempo = new System.Text.RegularExpressions.Regex(@"\d+[.,]\d{4}");
    var obtenidas = ctx.Program.Lines.Select(l => tiempo.Replace(l, "{s}")).ToList();
    // De una línea con la forma exacta se acepta el valor que imprimió el programa: los valores los mira
    // fib_valores, y un Fib equivocado no debe fallar aquí también. Sin esa forma, se espera la línea correcta.
    string Linea(int numero) =>
        obtenidas.FirstOrDefault(l => FormaFib.Match(l) is { Success: true } m && m.Groups[1].Value == $"{numero}")
        ?? $"fib({numero}) es {FibEsperado(numero)}";
    var esperadas = new List<string> { Linea(40), Linea(41), "Completado en {s} segundos." };
    // Los dos hilos pueden terminar en cualquier orden: se acepta el que se imprimió.
    var primeraDeHilos = obtenidas.Count > 3 && obtenidas[3].StartsWith("fib(41)") ? 41 : 40;
    esperadas.Add(Linea(primeraDeHilos));
    esperadas.Add(Linea(primeraDeHilos == 40 ? 41 : 40));
    esperadas.Add("Los hilos tardan {s} segundos.");
    var veredicto = Expect.SameLines(esperadas, obtenidas, "Lo que imprime el programa", "What the program prints");
    if (veredicto.Passed)
    {
        return veredicto;
    }

    // Sin Join, FibsConHilos(40) vuelve antes de que sus hilos impriman: sus líneas faltan, o salen después de
    // «Los hilos tardan». Entonces la pista del formato de los segundos no viene al caso: se dice qué pasa.
    var completado = obtenidas.IndexOf("Completado en {s} segundos.");
    var tardan = obtenidas.FindIndex(l => l.StartsWith("Los hilos tardan", StringComparison.Ordinal));
    var deLosHilos = completado >= 0 && tardan > completado
        ? obtenidas.Skip(completado + 1).Take(tardan - completado - 1).Count(l => l.StartsWith("fib(", StringComparison.Ordinal))
        : 2;
    if (deLosHilos >= 2 && obtenidas.FirstOrDefault(l => l.StartsWith("fib(", StringComparison.Ordinal) && !FormaFib.IsMatch(l)) is { } malFormada)
    {
        return Verdict.Fail(
            $"La línea «{malFormada}» no tiene la forma exacta «fib(40) es 63245986»: imprime cada línea de fib con ImprimirFib.",
            $"The line '{malFormada}' does not have the exact shape 'fib(40) es 63245986': print each fib line with ImprimirFib.",
            veredicto.Expected, veredicto.Actual);
    }

    return deLosHilos < 2
        ? Verdict.Blocked(
            "Las líneas de los hilos, fib(40) y fib(41), no salen antes de «Los hilos tardan … segundos.»: FibsConHilos(40) vuelve antes de que sus hilos terminen. Espera a los dos hilos con Join() antes de volver; cuando sus líneas salgan en su sitio, esta comprobación podrá mirar el formato.",
            "The threads' lines, fib(40) and fib(41), do not come before 'Los hilos tardan … segundos.': FibsConHilos(40) returns before its threads end. Wait for both threads with Join() before returning; once their lines come in their place, this check can look at the format.",
            veredicto.Expected, veredicto.Actual)
        : veredicto;
}

[Check("hilos_terminan")]
Verdict HilosTerminan(CheckContext ctx)
{
    // n = 32 tarda unos milisegundos: sin Join, FibsConHilos volvería antes de que los hilos impriman.
    var llamador = Environment.CurrentManagedThreadId;
    for (var intento = 0; intento < 3; intento++)
    {
        var llamada = ctx.Capture(() => FibsConHilos(32));
        var faltan = new[] { 32, 33 }.Where(n => !llamada.Lines.Any(l => l.StartsWith($"fib({n})"))).ToList();
        if (faltan.Count > 0)
        {
            var cuales = string.Join(" y ", faltan.Select(n => $"fib({n})"));
            return Verdict.Fail(
                $"FibsConHilos(32) volvió antes de que se imprimiera {cuales}: espera a los dos hilos con Join antes de volver.",
                $"FibsConHilos(32) returned before {cuales} was printed: wait for both threads with Join before returning.");
        }

        // Cada escritura lleva el hilo que la hizo: las dos llamadas en serie imprimen desde el hilo que llamó, o
        // desde un único hilo, y entonces no hay dos hilos que esperar.
        int Hilo(int n) => llamada.LinesByThread.First(l => l.Line.StartsWith($"fib({n})")).ThreadId;
        var enLlamador = new[] { 32, 33 }.Where(n => Hilo(n) == llamador).Select(n => $"fib({n})").ToList();
        if (enLlamador.Count > 0)
        {
            var cuales = string.Join(" y ", enLlamador);
            return Verdict.Fail(
                $"FibsConHilos(32) imprimió {cuales} desde el mismo hilo que la llamó, no desde un hilo nuevo: crea un Thread para cada llamada a ImprimirFib, arráncalos los dos (Start) y espéralos (Join).",
                $"FibsConHilos(32) printed {cuales} from the very thread that called it, not from a new thread: create one Thread per call to ImprimirFib, start both (Start) and wait for them (Join).");
        }

        if (Hilo(32) == Hilo(33))
        {
            return Verdict.Fail(
                "FibsConHilos(32) imprimió fib(32) y fib(33) desde un mismo hilo, una detrás de otra: cada llamada a ImprimirFib va en su propio Thread.",
                "FibsConHilos(32) printed fib(32) and fib(33) from one and the same thread, one after the other: each call to ImprimirFib goes in a Thread of its own.");
        }
    }

    return Verdict.Pass();
}

[Check("aceleracion")]
Verdict Aceleracion(CheckContext ctx)
{
    if (CheckContext.ProcessorCount < 2)
    {
        return Verdict.Skip(
            $"Esta máquina da {CheckContext.ProcessorCount} núcleo a tu programa: con uno solo no se puede medir la aceleración de los hilos. Pruébalo en una con dos o más.",
            $"This machine gives your program {CheckContext.ProcessorCount} core: with only one, the threads' speedup cannot be measured. Try it on one with two or more.");
    }

    // Con n = 38 los dos cálculos seguidos tardan entre 0,15 y 0,5 s según la máquina: bastante para medir con poco
    // ruido, poco para repetirlos seis veces.
    const int n = 38;
    // La referencia sin hilos la cronometra el corrector con el Fib del alumno, uno detrás de otro: FibsSinHilos es
    // del alumno, y una que se frenara a sí misma haría pasar por rápida una FibsConHilos en serie.
    TimeSpan EnSerie() => Timing.Time(() =>
    {
        Fib(n);
        Fib(n + 1);
    });
    // Se cronometra hasta que las dos líneas están impresas, no solo hasta que la función vuelve.
    bool DosLineas(string salida) =>
        OutputLines.Split(salida).Count(l => l.StartsWith($"fib({n})") || l.StartsWith($"fib({n + 1})")) >= 2;
    TimeSpan ConHilos()
    {
        var llamada = ctx.CaptureUntil(() => FibsConHilos(n), DosLineas, TimeSpan.FromSeconds(5));
        if (!DosLineas(llamada.Output))
        {
            throw new CheckFailedException(Verdict.Fail(
                $"FibsConHilos({n}) no imprimió las líneas de fib({n}) y fib({n + 1}): no se puede medir su tiempo.",
                $"FibsConHilos({n}) did not print the lines of fib({n}) and fib({n + 1}): its time cannot be measured."));
        }

        return llamada.Elapsed;
    }

    // El ruido de la máquina solo puede bajar la aceleración medida, nunca inventarla: se mide hasta tres veces
    // y vale la mejor. Arrancar y esperar cada hilo por turno da 1,0 en todas.
    Timing.Comparison medida = null;
    for (var intento = 0; intento < 3 && (medida is null || medida.Speedup < 1.3); intento++)
    {
        var esta = Timing.Alternate(EnSerie, ConHilos, warmups: 1, rounds: 5);
        if (medida is null || esta.Speedup > medida.Speedup)
        {
            medida = esta;
        }
    }

    var veces = medida.Speedup;
    var detalleEs = $"{medida.BaselineMedian.TotalMilliseconds:F0} ms para Fib({n}) y Fib({n + 1}) uno detrás de otro, {medida.CandidateMedian.TotalMilliseconds:F0} ms para FibsConHilos({n}): {SpanishNumber.Format(veces, 2)} veces";
    var detalleEn = $"{medida.BaselineMedian.TotalMilliseconds:F0} ms for Fib({n}) and Fib({n + 1}) one after the other, {medida.CandidateMedian.TotalMilliseconds:F0} ms for FibsConHilos({n}): {veces:F2} times";
    return veces >= 1.3
        ? Verdict.Pass($"Aceleración medida: {detalleEs}.", $"Measured speedup: {detalleEn}.")
        : Verdict.Fail(
            $"Con hilos no va más rápido que sin ellos ({detalleEs}; hace falta al menos 1,3). ¿Calcula cada hilo su Fib, y arrancas los dos hilos antes de esperar a ninguno?",
            $"Threads are no faster than none ({detalleEn}; at least 1.3 is needed). Does each thread compute its own Fib, and do you start both threads before waiting for either?");
}
