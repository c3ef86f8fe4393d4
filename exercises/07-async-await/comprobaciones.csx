// Comprobaciones de 07-async-await. Se compilan como continuación del script del alumno.
// El servidor local (ctx.Site) tarda siempre lo mismo en contestar y cuenta las peticiones que recibe
// (RequestCount) y cuántas tuvo en curso a la vez como máximo (MaxInFlight).

string Direccion(CheckContext ctx) => ctx.Site.Url.ToString();

// Espera una tarea del alumno sin quedarse colgado: si no termina en el plazo, la comprobación falla.
T Esperar<T>(Task<T> tarea, TimeSpan plazo, string queEs, string queEn)
{
    if (tarea is null)
    {
        throw new CheckFailedException(Verdict.Fail($"{queEs} devolvió null en vez de una tarea.", $"{queEn} returned null instead of a task."));
    }

    if (!tarea.Wait(plazo))
    {
        throw new CheckFailedException(Verdict.Fail(
            $"{queEs} no terminó en {plazo.TotalSeconds:F0} s.",
            $"{queEn} did not finish within {plazo.TotalSeconds:F0} s."));
    }

    return tarea.Result;
}

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

[Check("peticiones_a_la_vez")]
Verdict PeticionesALaVez(CheckContext ctx)
{
    const int veces = 20;
    // En serie, 20 peticiones tardan 20 latencias (8 s): el plazo deja que terminen y se cuenten.
    var codigos = Esperar(LeerVariasAsync(Direccion(ctx), veces), TimeSpan.FromSeconds(20),
        $"LeerVariasAsync(url, {veces})", $"LeerVariasAsync(url, {veces})");
    var resultado = Expect.SameText(string.Join(", ", Enumerable.Repeat(200, veces)), codigos is null ? null : string.Join(", ", codigos),
        $"Los códigos que devuelve LeerVariasAsync(url, {veces})", $"The codes LeerVariasAsync(url, {veces}) returns");
    if (!resultado.Passed)
    {
        return resultado;
    }

    var peticiones = ctx.Site.RequestCount;
    var aLaVez = ctx.Site.MaxInFlight;
    if (peticiones != veces)
    {
        return Verdict.Fail(
            $"LeerVariasAsync(url, {veces}) hizo {peticiones} peticiones al servidor y tienen que ser {veces}.",
            $"LeerVariasAsync(url, {veces}) made {peticiones} requests to the server and there must be {veces}.");
    }

    return aLaVez == veces
        ? Verdict.Pass()
        : Verdict.Fail(
            $"El servidor tuvo como mucho {aLaVez} de las {veces} peticiones en curso a la vez; tienen que estar todas. Lanza todas las tareas (sin await) y espéralas juntas con await Task.WhenAll(tareas).",
            $"The server had at most {aLaVez} of the {veces} requests in flight at once; all of them must be. Start every task (without await) and await them together with await Task.WhenAll(tareas).");
}

[Check("tiempo_total")]
Verdict TiempoTotal(CheckContext ctx)
{
    const int veces = 20;
    var latencia = ctx.Site.Latency.TotalSeconds;
    var limite = 2.5 * latencia;
    // Se espera como mucho 10 latencias: bastan para ver que no es una, sin esperar las 20 de una versión en serie.
    var paciencia = TimeSpan.FromSeconds(10 * latencia);
    // El ruido de la máquina solo puede alargar el tiempo: si la primera medida no llega por poco, se mide otra vez.
    var segundos = double.PositiveInfinity;
    for (var intento = 0; intento < 2 && segundos >= limite && (intento == 0 || segundos < 5 * latencia); intento++)
    {
        var reloj = Stopwatch.StartNew();
        var tarea = LeerVariasAsync(Direccion(ctx), veces);
        var termino = tarea is not null && tarea.Wait(paciencia);
        segundos = Math.Min(segundos, termino ? reloj.Elapsed.TotalSeconds : double.PositiveInfinity);
    }

    var tardoEs = double.IsPositiveInfinity(segundos) ? $"no terminó en {paciencia.TotalSeconds:F0} s" : $"tardó {SpanishNumber.Format(segundos, 2)} s";
    var tardoEn = double.IsPositiveInfinity(segundos) ? $"did not finish within {paciencia.TotalSeconds:F0} s" : $"took {segundos:F2} s";
    return segundos < limite
        ? Verdict.Pass(
            $"{veces} peticiones en {SpanishNumber.Format(segundos, 2)} s (cada una tarda {SpanishNumber.Format(latencia, 1)} s).",
            $"{veces} requests in {segundos:F2} s (each takes {latencia:F1} s).")
        : Verdict.Fail(
            $"LeerVariasAsync(url, {veces}) {tardoEs} y debería tardar poco más de una latencia ({SpanishNumber.Format(latencia, 1)} s; el límite es {SpanishNumber.Format(limite, 1)} s). Una detrás de otra tardarían {veces * latencia:F0} s: las esperas tienen que solaparse.",
            $"LeerVariasAsync(url, {veces}) {tardoEn} and should take little more than one latency ({latencia:F1} s; the limit is {limite:F1} s). One after the other they would take {veces * latencia:F0} s: the waits must overlap.");
}

[Check("no_bloquea")]
Verdict NoBloquea(CheckContext ctx)
{
    var funciones = new[] { "LeerEjemploAsync", "LeerVariasAsync", "FibSinBloquearAsync" };
    var sinHacer = funciones.Where(f => ctx.Code.Function(f) is not { IsUnfinished: false }).ToList();
    if (sinHacer.Count > 0)
    {
        return Verdict.Fail(
            $"Sin completar (aún con «// completa»): {string.Join(", ", sinHacer)}.",
            $"Unfinished (still with '// completa'): {string.Join(", ", sinHacer)}.");
    }

    // La regla sobre el código señala la línea, pero solo lee el cuerpo de cada función y las esperas que conoce:
    // una escondida en otra función, o un bucle que mira IsCompleted, bloquean igual. Se mira también qué hace la
    // llamada.
    var enElCodigo = CodeRules.DoesNotBlock(ctx.Code, funciones);
    if (!enElCodigo.Passed)
    {
        return enElCodigo;
    }

    using var cliente = new HttpClient();
    var bloquean = new[]
    {
        VuelveEnseguida(ctx, () => LeerEjemploAsync(cliente, Direccion(ctx)), "LeerEjemploAsync(cliente, url)"),
        VuelveEnseguida(ctx, () => LeerVariasAsync(Direccion(ctx), 10), "LeerVariasAsync(url, 10)"),
    }.Where(v => !v.Passed).ToList();
    return bloquean.Count == 0
        ? Verdict.Pass()
        : Verdict.Fail(
            string.Join(" ", bloquean.Select(v => v.Message!.Es)) + " Espera con await: ni WaitOne, ni SpinWait.SpinUntil, ni un bucle que mire IsCompleted, ni .Result o .Wait(), tampoco en otra función.",
            string.Join(" ", bloquean.Select(v => v.Message!.En)) + " Wait with await: no WaitOne, no SpinWait.SpinUntil, no loop checking IsCompleted, no .Result or .Wait(), not in another function either.");
}

// Una función async que no bloquea devuelve su tarea, sin terminar, en cuanto llega al primer await de la red; el
// servidor tarda una latencia entera en contestar. Quien espera la respuesta en el hilo tarda al menos esa latencia
// en volver, y devuelve la tarea ya terminada. El límite es media latencia; el ruido de la máquina solo alarga la
// vuelta, así que se prueba hasta tres veces y vale la más rápida.
Verdict VuelveEnseguida<T>(CheckContext ctx, Func<Task<T>> llamar, string llamada)
{
    var limite = ctx.Site.Latency / 2;
    var mejor = (Vuelta: TimeSpan.MaxValue, Terminada: true);
    for (var intento = 0; intento < 3; intento++)
    {
        ctx.Site.WaitIdle(TimeSpan.FromSeconds(10));
        var reloj = System.Diagnostics.Stopwatch.StartNew();
        var tarea = llamar();
        var vuelta = reloj.Elapsed;
        var terminada = tarea?.IsCompleted ?? true;
        // Se espera a que termine: sus peticiones no deben llegar a la siguiente comprobación.
        Esperar(tarea, TimeSpan.FromSeconds(20), llamada, llamada);
        if (vuelta < mejor.Vuelta)
        {
            mejor = (vuelta, terminada);
        }

        if (!terminada && vuelta < limite)
        {
            return Verdict.Pass();
        }
    }

    var latencia = ctx.Site.Latency.TotalMilliseconds;
    var (estadoEs, estadoEn) = mejor.Terminada
        ? ("y la tarea ya estaba terminada: esperó la respuesta antes de volver", "and the task was already finished: it waited for the response before returning")
        : ("esperando en el hilo", "waiting on the thread");
    return Verdict.Fail(
        $"{llamada} bloqueó a quien la llamó: tardó {mejor.Vuelta.TotalMilliseconds:F0} ms en devolver su tarea (el servidor tarda {latencia:F0} ms en contestar; sin bloquear se vuelve en menos de {limite.TotalMilliseconds:F0}), {estadoEs}.",
        $"{llamada} blocked its caller: it took {mejor.Vuelta.TotalMilliseconds:F0} ms to return its task (the server takes {latencia:F0} ms to answer; without blocking it returns in under {limite.TotalMilliseconds:F0}), {estadoEn}.");
}

[Check("fib_sin_bloquear")]
Verdict FibSinBloquear(CheckContext ctx)
{
    // Fib(41) con el algoritmo recursivo tarda entre 0,2 y 0,8 s en esta máquina: tiempo de sobra para ver si quien
    // llama sigue trabajando mientras se calcula.
    const int n = 41;
    var reloj = Stopwatch.StartNew();
    var tarea = FibSinBloquearAsync(n);
    var vuelta = reloj.Elapsed;
    var terminadaAlVolver = tarea?.IsCompleted ?? true;
    // Mientras tanto, el hilo que llamó sigue a lo suyo: cuenta vueltas de 5 ms hasta que la tarea termina.
    var vueltas = 0;
    while (tarea is not null && !tarea.IsCompleted && reloj.Elapsed < TimeSpan.FromSeconds(20))
    {
        Thread.Sleep(5);
        vueltas++;
    }

    var total = reloj.Elapsed;
    var valor = Esperar(tarea, TimeSpan.FromSeconds(1), $"FibSinBloquearAsync({n})", $"FibSinBloquearAsync({n})");
    var detalleEs = $"la llamada volvió en {vuelta.TotalMilliseconds:F0} ms y la tarea terminó a los {total.TotalMilliseconds:F0} ms";
    var detalleEn = $"the call returned in {vuelta.TotalMilliseconds:F0} ms and the task finished at {total.TotalMilliseconds:F0} ms";
    if (terminadaAlVolver || vuelta * 3 > total)
    {
        return Verdict.Fail(
            $"FibSinBloquearAsync({n}) bloqueó a quien la llamó: {detalleEs}. Tiene que devolver enseguida una tarea sin terminar; el cálculo va en Task.Run(() => Fib(n)).",
            $"FibSinBloquearAsync({n}) blocked its caller: {detalleEn}. It must return an unfinished task at once; the computation goes in Task.Run(() => Fib(n)).");
    }

    if (vueltas < 10)
    {
        return Verdict.Fail(
            $"La tarea de FibSinBloquearAsync({n}) terminó enseguida ({detalleEs}; el corrector solo pudo dar {vueltas} vueltas de 5 ms): ¿usa el Fib recursivo y lento del cuaderno?",
            $"The task of FibSinBloquearAsync({n}) finished at once ({detalleEn}; the grader only ticked {vueltas} times 5 ms): does it use the notebook's slow recursive Fib?");
    }

    var resultado = Expect.Equal(FibEsperado(n), valor, $"El resultado de FibSinBloquearAsync({n})", $"The result of FibSinBloquearAsync({n})");
    return resultado.Passed
        ? Verdict.Pass($"Sin bloquear: {detalleEs}, y mientras tanto el corrector dio {vueltas} vueltas de 5 ms.",
            $"Without blocking: {detalleEn}, and meanwhile the grader ticked {vueltas} times 5 ms.")
        : resultado;
}

[Check("salida_programa")]
Verdict SalidaPrograma(CheckContext ctx)
{
    ctx.RequireProgramCompleted();
    // Los códigos, los que da la propia LeerVariasAsync del alumno (que sean 200 lo mira peticiones_a_la_vez);
    // los segundos cambian de una ejecución a otra y se comparan como {s}.
    var codigos = Esperar(LeerVariasAsync(Direccion(ctx), 10), TimeSpan.FromSeconds(20), "LeerVariasAsync(url, 10)", "LeerVariasAsync(url, 10)");
    var numero = new System.Text.RegularExpressions.Regex(@"\d+[.,]\d{4}");
    var esperadas = new[] { string.Join(", ", codigos ?? []), "10 peticiones asíncronas toman {s} segundos." };
    return Expect.SameLines(esperadas, ctx.Program.Lines.Select(l => numero.Replace(l, "{s}")),
        "Lo que imprime el programa", "What the program prints");
}
