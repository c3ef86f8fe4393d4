// Comprobaciones de 10-condicion-carrera. Se compilan como continuación del script del alumno.

Verdict UnNucleo() => Verdict.Skip(
    $"Esta máquina da {CheckContext.ProcessorCount} núcleo a tu programa: con uno solo, los hilos casi nunca se pisan y una condición de carrera no se puede provocar de forma fiable. Pruébalo en una con dos o más.",
    $"This machine gives your program {CheckContext.ProcessorCount} core: with only one, threads hardly ever overlap and a race condition cannot be provoked reliably. Try it on one with two or more.");

// Una llamada que no se puede integrar en el bucle que la repite: así cada incremento lee y escribe el campo de
// verdad, y el compilador JIT no puede juntar los 500 000 en una sola suma.
[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
static void UnIncremento(Contador contador) => contador.Incrementar();

const int HilosMartillo = 4;
const int IncrementosMartillo = 500_000;

// Rondas de 4 hilos × 500 000 incrementos sobre un Contador nuevo, soltados a la vez por una barrera, hasta que
// una ronda pierda incrementos o pasen 2 s (en una máquina virtual los dos núcleos no siempre corren a la vez:
// repetir hace que la carrera se vea siempre). Devuelve la primera ronda que da un Valor inexacto, o null.
(int Ronda, long Valor)? Martillear()
{
    var reloj = Stopwatch.StartNew();
    for (var ronda = 1; ; ronda++)
    {
        var contador = new Contador();
        var barrera = new Barrier(HilosMartillo);
        Exception error = null;
        var hilos = Enumerable.Range(0, HilosMartillo).Select(_ => new Thread(() =>
        {
            try
            {
                barrera.SignalAndWait();
                for (var i = 0; i < IncrementosMartillo; i++)
                {
                    UnIncremento(contador);
                }
            }
            catch (Exception e)
            {
                error ??= e;
            }
        }) { IsBackground = true }).ToList();
        hilos.ForEach(h => h.Start());
        if (!hilos.All(h => h.Join(TimeSpan.FromSeconds(20))))
        {
            throw new CheckFailedException(Verdict.Fail(
                $"{HilosMartillo} hilos llamando {IncrementosMartillo} veces a Incrementar no terminaron en 20 s: ¿se queda algún hilo esperando un cerrojo que nadie suelta?",
                $"{HilosMartillo} threads calling Incrementar {IncrementosMartillo} times did not finish within 20 s: is a thread waiting for a lock nobody releases?"));
        }

        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }

        var valor = contador.Valor;
        if (valor != (long)HilosMartillo * IncrementosMartillo)
        {
            return (ronda, valor);
        }

        if (reloj.Elapsed > TimeSpan.FromSeconds(2))
        {
            return null;
        }
    }
}

const string PorQueEs = "valor++ es leer, sumar y escribir; si dos hilos leen el mismo valor, uno de los dos incrementos se pierde. Protégelo con lock y un mismo objeto para todas las llamadas (o Interlocked.Increment).";
const string PorQueEn = "valor++ is read, add and write; if two threads read the same value, one of the two increments is lost. Protect it with lock and one object shared by every call (or Interlocked.Increment).";

[Check("cuenta_con_hilos")]
Verdict CuentaConHilos(CheckContext ctx)
{
    // Cinco veces, por si una cuenta incompleta sale bien por casualidad. En cada una se anotan los hilos que
    // ejecutan trabajo de ContarConHilos: el número exacto también sale multiplicando, sin contar nada.
    var hilosVistos = 0;
    for (var vez = 1; vez <= 5; vez++)
    {
        var llamada = Task.Run(() => ThreadWatch.Observe(() => ContarConHilos(8, 200_000)));
        if (!llamada.Wait(TimeSpan.FromSeconds(20)))
        {
            return Verdict.Fail(
                "ContarConHilos(8, 200_000) no volvió en 20 s.",
                "ContarConHilos(8, 200_000) did not return within 20 s.");
        }

        var observada = llamada.GetAwaiter().GetResult();
        hilosVistos = Math.Max(hilosVistos, observada.DistinctThreads);
        var valor = observada.Result;
        if (valor != 1_600_000)
        {
            // Si faltan, se mira de quién es la culpa: del Contador (pierde incrementos) o de ContarConHilos (no espera).
            var porque = valor > 1_600_000
                ? ("Sobran incrementos: ¿cada hilo hace exactamente incrementosPorHilo?",
                   "There are too many increments: does each thread do exactly incrementosPorHilo?")
                : CheckContext.ProcessorCount < 2
                    ? ("Faltan incrementos: ¿ContarConHilos espera (Join) a todos los hilos antes de leer Valor?",
                       "Increments are missing: does ContarConHilos wait (Join) for every thread before reading Valor?")
                    : Martillear() is null
                        ? ("Tu Contador no pierde incrementos, así que ContarConHilos leyó Valor antes de que todos los hilos terminaran: espera a cada uno con Join.",
                           "Your Contador loses no increments, so ContarConHilos read Valor before every thread had finished: wait for each one with Join.")
                        : ("Tu Contador pierde incrementos cuando varios hilos lo llaman a la vez (mira contador_seguro). " + PorQueEs,
                           "Your Contador loses increments when several threads call it at once (see contador_seguro). " + PorQueEn);
            return Verdict.Fail(
                $"ContarConHilos(8, 200_000) devolvió {valor} en la vez {vez} de 5; se esperaba 1600000. {porque.Item1}",
                $"ContarConHilos(8, 200_000) returned {valor} on attempt {vez} of 5; expected 1600000. {porque.Item2}");
        }
    }

    if (hilosVistos < 2)
    {
        var cuantos = hilosVistos == 0 ? "ningún hilo" : "un solo hilo";
        var howMany = hilosVistos == 0 ? "no thread" : "a single thread";
        return Verdict.Fail(
            $"ContarConHilos(8, 200_000) devolvió 1600000, pero no lo contó con hilos: aparte del que la llamó, {cuantos} ejecutó trabajo suyo. Arranca `hilos` Thread (Start) que llamen cada uno incrementosPorHilo veces a Incrementar del mismo Contador, espéralos con Join y devuelve su Valor.",
            $"ContarConHilos(8, 200_000) returned 1600000, but did not count it with threads: besides the caller, {howMany} ran any of its work. Start `hilos` Threads (Start) that each call Incrementar incrementosPorHilo times on the same Contador, wait for them with Join and return its Valor.");
    }

    if (!ctx.Code.Reaches("ContarConHilos", "Incrementar"))
    {
        return Verdict.Fail(
            "ContarConHilos arranca hilos pero no llama a Incrementar (ni ella ni ninguna función tuya a la que llame): el 1600000 no sale de contar. Cada hilo llama incrementosPorHilo veces a contador.Incrementar(), y ContarConHilos devuelve contador.Valor.",
            "ContarConHilos starts threads but never calls Incrementar (neither itself nor any function of yours it calls): the 1600000 does not come from counting. Each thread calls contador.Incrementar() incrementosPorHilo times, and ContarConHilos returns contador.Valor.");
    }

    // Con dos núcleos, una cuenta exacta puede salir por suerte aunque el Contador pierda incrementos (los hilos
    // arrancan uno tras otro y apenas coinciden). Esa suerte no es una garantía.
    if (CheckContext.ProcessorCount >= 2 && Martillear() is { } fallo)
    {
        return Verdict.Fail(
            $"ContarConHilos acertó las cinco veces, pero solo por suerte: con {HilosMartillo} hilos que arrancan a la vez, tu Contador dio {fallo.Valor} en lugar de {(long)HilosMartillo * IncrementosMartillo}. Con ese Contador el resultado de ContarConHilos no es fiable (mira contador_seguro). {PorQueEs}",
            $"ContarConHilos was right all five times, but only by luck: with {HilosMartillo} threads starting together your Contador gave {fallo.Valor} instead of {(long)HilosMartillo * IncrementosMartillo}. With that Contador ContarConHilos's result cannot be trusted (see contador_seguro). {PorQueEn}");
    }

    return Verdict.Pass();
}

[Check("contador_seguro")]
Verdict ContadorSeguro(CheckContext ctx)
{
    if (CheckContext.ProcessorCount < 2)
    {
        return UnNucleo();
    }

    // Hilos de la comprobación, soltados a la vez por una barrera: si falta el cerrojo, se pisan siempre.
    if (Martillear() is not { } fallo)
    {
        return Verdict.Pass();
    }

    const long esperado = (long)HilosMartillo * IncrementosMartillo;
    return Verdict.Fail(
        $"{HilosMartillo} hilos arrancados a la vez llamaron {IncrementosMartillo} veces cada uno a Incrementar de un mismo Contador y Valor es {fallo.Valor}, no {esperado}: se perdieron {esperado - fallo.Valor} incrementos (ronda {fallo.Ronda}). {PorQueEs}",
        $"{HilosMartillo} threads started together called Incrementar {IncrementosMartillo} times each on one Contador and Valor is {fallo.Valor}, not {esperado}: {esperado - fallo.Valor} increments were lost (round {fallo.Ronda}). {PorQueEn}");
}

// Llama a DescargarConLimite en el grupo de hilos, con plazo: si no termina, la comprobación falla sin colgarse.
int Descargar(CheckContext ctx, int total, int maxConcurrentes)
{
    var url = ctx.Site.Url.ToString();
    var llamada = Task.Run(() => DescargarConLimite(url, total, maxConcurrentes));
    if (!llamada.Wait(TimeSpan.FromSeconds(15)))
    {
        throw new CheckFailedException(Verdict.Fail(
            $"DescargarConLimite(url, {total}, {maxConcurrentes}) no terminó en 15 s (el servidor recibió {ctx.Site.RequestCount} peticiones). ¿Liberas el semáforo (Release) después de cada petición, también si falla?",
            $"DescargarConLimite(url, {total}, {maxConcurrentes}) did not finish within 15 s (the server got {ctx.Site.RequestCount} requests). Do you release the semaphore (Release) after each request, even when it fails?"));
    }

    return llamada.GetAwaiter().GetResult();
}

[Check("limita_concurrencia")]
Verdict LimitaConcurrencia(CheckContext ctx)
{
    Descargar(ctx, 12, 3);
    var maximo = ctx.Site.MaxInFlight;
    if (maximo == 3)
    {
        return Verdict.Pass();
    }

    return maximo > 3
        ? Verdict.Fail(
            $"DescargarConLimite(url, 12, 3): el servidor llegó a tener {maximo} peticiones a la vez; el límite es 3. Cada petición tiene que esperar su turno con await semaforo.WaitAsync() en un único SemaphoreSlim(maxConcurrentes) compartido por todas.",
            $"DescargarConLimite(url, 12, 3): the server had up to {maximo} requests at once; the limit is 3. Each request must wait for its turn with await semaforo.WaitAsync() on a single SemaphoreSlim(maxConcurrentes) shared by all of them.")
        : Verdict.Fail(
            $"DescargarConLimite(url, 12, 3): el servidor tuvo como mucho {maximo} a la vez; se esperaban 3 peticiones a la vez. Arranca las 12 tareas sin esperar ninguna (el semáforo ya las frena) y espéralas juntas con Task.WhenAll.",
            $"DescargarConLimite(url, 12, 3): the server had at most {maximo} at once; 3 requests at once were expected. Start all 12 tasks without awaiting any (the semaphore already holds them back) and await them together with Task.WhenAll.");
}

[Check("descarga_todas")]
Verdict DescargaTodas(CheckContext ctx)
{
    var bien = Descargar(ctx, 12, 3);
    return Expect.All(
        Expect.Equal(12, ctx.Site.RequestCount,
            "Las peticiones que recibió el servidor con DescargarConLimite(url, 12, 3)", "The requests the server got with DescargarConLimite(url, 12, 3)"),
        Expect.Equal(12, bien,
            "Lo que devuelve DescargarConLimite(url, 12, 3) (todas las respuestas son 200 OK)", "What DescargarConLimite(url, 12, 3) returns (every response is 200 OK)"));
}
