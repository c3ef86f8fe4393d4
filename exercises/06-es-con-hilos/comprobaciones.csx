// Comprobaciones de 06-es-con-hilos. Se compilan como continuación del script del alumno.
// El servidor local (ctx.Site) tarda siempre lo mismo en contestar y cuenta las peticiones que recibe
// (RequestCount) y cuántas tuvo en curso a la vez como máximo (MaxInFlight): así se ve, sin cronómetro,
// si dos peticiones viajaron juntas o una detrás de otra.

string Direccion(CheckContext ctx) => ctx.Site.Url.ToString();

double Latencia(CheckContext ctx) => ctx.Site.Latency.TotalSeconds;

// Pone a cero las cuentas del servidor cuando ya no tiene peticiones en curso (las de hilos que nadie esperó
// en una llamada anterior).
void ServidorEnReposo(CheckContext ctx)
{
    ctx.Site.WaitIdle(TimeSpan.FromSeconds(10));
    ctx.Site.Reset();
}

[Check("imprime_codigo")]
Verdict ImprimeCodigo(CheckContext ctx)
{
    // Un hilo que el programa no esperó puede imprimir todavía su código: se deja que termine antes de capturar.
    ServidorEnReposo(ctx);
    Thread.Sleep(100);
    var codigo = 0;
    var llamada = ctx.Capture(() => codigo = LeerEjemplo(Direccion(ctx)));
    return Expect.All(
        Expect.SameText("200\n", llamada.Output.Replace("\r\n", "\n"),
            "Lo que imprime LeerEjemplo (el código de estado como número)", "What LeerEjemplo prints (the status code as a number)"),
        Expect.Equal(200, codigo, "Lo que devuelve LeerEjemplo", "What LeerEjemplo returns"));
}

[Check("serie_una_a_una")]
Verdict SerieUnaAUna(CheckContext ctx)
{
    ServidorEnReposo(ctx);
    ctx.Capture(() => LeerEnSerie(Direccion(ctx)));
    var peticiones = ctx.Site.RequestCount;
    var aLaVez = ctx.Site.MaxInFlight;
    if (peticiones != 2)
    {
        return Verdict.Fail(
            $"LeerEnSerie hizo {peticiones} peticiones al servidor y tienen que ser 2: llama a LeerEjemplo exactamente dos veces.",
            $"LeerEnSerie made {peticiones} requests to the server and there must be 2: call LeerEjemplo exactly twice.");
    }

    return aLaVez == 1
        ? Verdict.Pass()
        : Verdict.Fail(
            $"El servidor tuvo {aLaVez} peticiones de LeerEnSerie en curso a la vez: en serie, la segunda empieza cuando la primera ha terminado.",
            $"The server had {aLaVez} of LeerEnSerie's requests in flight at once: in series, the second starts when the first has finished.");
}

[Check("hilos_a_la_vez")]
Verdict HilosALaVez(CheckContext ctx)
{
    ServidorEnReposo(ctx);
    ctx.Capture(() => LeerConHilos(Direccion(ctx)));
    // Si LeerConHilos no espera a sus hilos, sus peticiones llegan después de que vuelva: se les da tiempo
    // (eso lo mira hilos_terminan; aquí solo importa si viajaron juntas).
    var reloj = Stopwatch.StartNew();
    while (ctx.Site.RequestCount < 2 && reloj.Elapsed < TimeSpan.FromSeconds(5))
    {
        Thread.Sleep(10);
    }

    var peticiones = ctx.Site.RequestCount;
    var aLaVez = ctx.Site.MaxInFlight;
    if (peticiones != 2)
    {
        return Verdict.Fail(
            $"LeerConHilos hizo {peticiones} peticiones al servidor y tienen que ser 2: un hilo por cada llamada a LeerEjemplo.",
            $"LeerConHilos made {peticiones} requests to the server and there must be 2: one thread per call to LeerEjemplo.");
    }

    return aLaVez == 2
        ? Verdict.Pass()
        : Verdict.Fail(
            "El servidor nunca tuvo las dos peticiones de LeerConHilos en curso a la vez: la segunda empezó cuando la primera ya había terminado. Arranca los dos hilos (Start) antes de esperar (Join) a ninguno.",
            "The server never had LeerConHilos's two requests in flight at once: the second started after the first had finished. Start both threads before joining either.");
}

[Check("hilos_terminan")]
Verdict HilosTerminan(CheckContext ctx)
{
    ServidorEnReposo(ctx);
    ctx.Capture(() => LeerConHilos(Direccion(ctx)));
    var contadas = ctx.Site.RequestCount;
    // Con Join, las dos respuestas ya llegaron: el servidor queda en reposo enseguida (se le dan 150 ms para
    // cerrar sus cuentas). Sin Join, las peticiones siguen en curso durante toda la latencia.
    ctx.Site.WaitIdle(TimeSpan.FromMilliseconds(150));
    var enCurso = ctx.Site.InFlight;
    ServidorEnReposo(ctx);
    return contadas >= 2 && enCurso == 0
        ? Verdict.Pass()
        : Verdict.Fail(
            $"LeerConHilos volvió antes de que llegaran las dos respuestas: al volver, el servidor había recibido {contadas} de las 2 peticiones, y 150 ms después aún tenía {enCurso} en curso. Espera a los dos hilos con Join antes de volver.",
            $"LeerConHilos returned before both responses arrived: when it returned, the server had received {contadas} of the 2 requests, and 150 ms later it still had {enCurso} in flight. Wait for both threads with Join before returning.");
}

[Check("tiempos")]
Verdict Tiempos(CheckContext ctx)
{
    ctx.RequireProgramCompleted();

    // 1. Las dos líneas de tiempo del programa, en orden y con cuatro decimales.
    var numero = new System.Text.RegularExpressions.Regex(@"\d+[.,]\d{4}");
    var lineas = ctx.Program.Lines.Where(l => l.StartsWith("Ejecutar", StringComparison.Ordinal)).ToList();
    var formato = Expect.SameLines(
        new[] { "Ejecutar en serie toma {s} segundos.", "Ejecutar con hilos toma {s} segundos." },
        lineas.Select(l => numero.Replace(l, "{s}")),
        "Las líneas de tiempo del programa", "The program's time lines");
    if (!formato.Passed)
    {
        return formato;
    }

    double Segundos(string linea) =>
        double.Parse(numero.Match(linea).Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
    var serie = Segundos(lineas[0]);
    var hilos = Segundos(lineas[1]);
    if (serie < 1.4 * hilos)
    {
        // Si los hilos «tardan» bastante más que la serie, lo normal es que su tiempo incluya también el de la serie.
        var (causaEs, causaEn) = hilos > 1.2 * serie
            ? ("¿Reinicias el reloj (reloj.Restart()) antes de medir los hilos?", "Do you restart the stopwatch (reloj.Restart()) before timing the threads?")
            : ("¿Arrancas los dos hilos antes de esperar a ninguno?", "Do you start both threads before joining either?");
        return Verdict.Fail(
            $"El programa dice que en serie tarda {SpanishNumber.Format(serie, 4)} s y con hilos {SpanishNumber.Format(hilos, 4)} s: con hilos debería tardar como mucho 1/1,4 de la serie (una latencia de {SpanishNumber.Format(Latencia(ctx), 1)} s frente a dos). {causaEs}",
            $"The program says the series takes {serie:F4} s and the threads {hilos:F4} s: the threads should take at most 1/1.4 of the series (one latency of {Latencia(ctx):F1} s against two). {causaEn}");
    }

    // 2. Segunda opinión: el corrector cronometra LeerConHilos frente a dos LeerEjemplo seguidas que hace él mismo,
    // alternándolas. No frente a LeerEnSerie: es del alumno, y una que se frenara a sí misma haría pasar por rápida
    // una LeerConHilos en serie. Y como LeerEjemplo también es del alumno, las peticiones de LeerConHilos tienen que
    // verse a la vez en el servidor en alguna de las medidas.
    var url = Direccion(ctx);
    var aLaVez = 0;
    TimeSpan EnSerie()
    {
        ServidorEnReposo(ctx);
        return ctx.Capture(() =>
        {
            LeerEjemplo(url);
            LeerEjemplo(url);
        }).Elapsed;
    }

    TimeSpan ConHilos()
    {
        ServidorEnReposo(ctx);
        var tiempo = ctx.Capture(() => LeerConHilos(url)).Elapsed;
        // Sin Join, las peticiones salen después de que vuelva (eso lo mira hilos_terminan): se las espera para contar.
        var reloj = Stopwatch.StartNew();
        while (ctx.Site.RequestCount < 2 && reloj.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(10);
        }

        ctx.Site.WaitIdle(TimeSpan.FromSeconds(10));
        aLaVez = Math.Max(aLaVez, ctx.Site.MaxInFlight);
        return tiempo;
    }

    var medida = Timing.Alternate(EnSerie, ConHilos, warmups: 1, rounds: 3);
    var detalleEs = $"{SpanishNumber.Format(medida.BaselineMedian.TotalSeconds, 2)} s para dos LeerEjemplo seguidas, {SpanishNumber.Format(medida.CandidateMedian.TotalSeconds, 2)} s para LeerConHilos: {SpanishNumber.Format(medida.Speedup, 2)} veces";
    var detalleEn = $"{medida.BaselineMedian.TotalSeconds:F2} s for two LeerEjemplo in a row, {medida.CandidateMedian.TotalSeconds:F2} s for LeerConHilos: {medida.Speedup:F2} times";
    if (medida.Speedup < 1.4)
    {
        return Verdict.Fail(
            $"Con hilos no va más rápido cuando lo mide el corrector ({detalleEs}; hace falta al menos 1,4, lo ideal es 2). Las dos esperas a la red tienen que solaparse: cada LeerEjemplo en su hilo, los dos arrancados antes de esperar a ninguno.",
            $"Threads are not faster when the grader times them ({detalleEn}; at least 1.4 is needed, ideally 2). The two waits for the network must overlap: each LeerEjemplo on its own thread, both started before joining either.");
    }

    return aLaVez >= 2
        ? Verdict.Pass($"Medido por el corrector: {detalleEs}.", $"Measured by the grader: {detalleEn}.")
        : Verdict.Fail(
            $"LeerConHilos parece más rápida ({detalleEs}), pero el servidor nunca tuvo sus dos peticiones a la vez: lo que se acelera no son las esperas a la red. Haz las dos peticiones con LeerEjemplo, cada una en su hilo.",
            $"LeerConHilos looks faster ({detalleEn}), but the server never had its two requests at once: what got faster is not the waits for the network. Make both requests with LeerEjemplo, each on its own thread.");
}
