// Comprobaciones de 09-bucle-eventos. Se compilan como continuación del script del alumno.
// Cada llamada al código del alumno se hace en un hilo aparte con un plazo: un bucle que no termina
// suspende la comprobación en lugar de colgar la corrección.

record Llamada(bool Termino, Exception Error, int Hilo, TimeSpan Tiempo);

Llamada LlamarConPlazo(Action accion, TimeSpan plazo)
{
    Exception error = null;
    var hilo = 0;
    var reloj = new Stopwatch();
    var trabajador = new Thread(() =>
    {
        hilo = Environment.CurrentManagedThreadId;
        reloj.Start();
        try
        {
            accion();
        }
        catch (Exception e)
        {
            error = e;
        }

        reloj.Stop();
    }) { IsBackground = true, Name = "comprobacion" };
    trabajador.Start();
    var termino = trabajador.Join(plazo);
    return new Llamada(termino, error, hilo, reloj.Elapsed);
}

// Ejecutar en su hilo, con plazo. Si no vuelve, o lanza, la comprobación termina ahí: si lanza, con el error
// del alumno tal cual (línea incluida).
Llamada EjecutarConPlazo(BucleTareas bucle, int segundos = 10)
{
    var llamada = LlamarConPlazo(bucle.Ejecutar, TimeSpan.FromSeconds(segundos));
    if (!llamada.Termino)
    {
        throw new CheckFailedException(Verdict.Fail(
            $"Ejecutar no volvió en {segundos} s: ¿se queda dando vueltas cuando ya no quedan tareas, o no saca de la cola las que terminan?",
            $"Ejecutar did not return within {segundos} s: does it keep looping when no task is left, or not remove finished tasks from the queue?"));
    }

    if (llamada.Error is { } error)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
    }

    return llamada;
}

// Una tarea de prueba: apunta "{nombre}{paso}" en el registro y después entrega `entrePasos` (null: cede el turno).
IEnumerator<object> Pasos(string nombre, int pasos, List<string> registro, object entrePasos = null)
{
    for (var paso = 1; paso <= pasos; paso++)
    {
        lock (registro)
        {
            registro.Add($"{nombre}{paso}");
        }

        yield return entrePasos;
    }
}

Verdict MensajesSinTerminar(Llamada llamada)
{
    if (!llamada.Termino)
    {
        return Verdict.Fail(
            "BucleMensajes no volvió en 5 s: tiene que volver en cuanto la cola está vacía.",
            "BucleMensajes did not return within 5 s: it must return as soon as the queue is empty.");
    }

    if (llamada.Error is { } error)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
    }

    return null;
}

[Check("mensajes_fifo")]
Verdict MensajesFifo(CheckContext ctx)
{
    var cola = new Queue<string>(["uno", "dos", "tres", "cuatro", "cinco"]);
    var procesados = new List<string>();
    var llamada = LlamarConPlazo(() => BucleMensajes(cola, m => procesados.Add(m)), TimeSpan.FromSeconds(5));
    if (MensajesSinTerminar(llamada) is { } fallo)
    {
        return fallo;
    }

    return Expect.All(
        Expect.SameText("uno dos tres cuatro cinco", string.Join(" ", procesados),
            "El orden en que BucleMensajes procesa la cola [uno, dos, tres, cuatro, cinco] (el primero en llegar, el primero en salir)",
            "The order in which BucleMensajes processes the queue [uno, dos, tres, cuatro, cinco] (first in, first out)"),
        Expect.Equal(0, cola.Count, "Los mensajes que quedan en la cola cuando BucleMensajes vuelve", "The messages left in the queue when BucleMensajes returns"));
}

[Check("mensajes_encolados")]
Verdict MensajesEncolados(CheckContext ctx)
{
    // Una cadena: procesar "a" encola "b", y procesar "b" encola "c". El orden lo mira mensajes_fifo.
    var cola = new Queue<string>(["a"]);
    var procesados = new List<string>();
    void Procesar(string mensaje)
    {
        procesados.Add(mensaje);
        if (mensaje == "a")
        {
            cola.Enqueue("b");
        }
        else if (mensaje == "b")
        {
            cola.Enqueue("c");
        }
    }

    var llamada = LlamarConPlazo(() => BucleMensajes(cola, Procesar), TimeSpan.FromSeconds(5));
    if (MensajesSinTerminar(llamada) is { } fallo)
    {
        return fallo;
    }

    return Expect.SameText("a b c", string.Join(" ", procesados.OrderBy(m => m, StringComparer.Ordinal)),
        "Los mensajes procesados cuando procesar(\"a\") encola \"b\" y procesar(\"b\") encola \"c\"",
        "The messages processed when procesar(\"a\") queues \"b\" and procesar(\"b\") queues \"c\"");
}

[Check("turnos_en_orden")]
Verdict TurnosEnOrden(CheckContext ctx)
{
    var registro = new List<string>();
    var bucle = new BucleTareas();
    bucle.Agregar(Pasos("A", 3, registro));
    bucle.Agregar(Pasos("B", 2, registro));
    bucle.Agregar(Pasos("C", 4, registro));
    EjecutarConPlazo(bucle);
    return Expect.SameText("A1 B1 C1 A2 B2 C2 A3 C3 C4", string.Join(" ", registro),
        "El orden de los pasos de A (3 pasos), B (2) y C (4), cada uno seguido de yield return null",
        "The order of the steps of A (3 steps), B (2) and C (4), each followed by yield return null");
}

[Check("agregar_en_marcha")]
Verdict AgregarEnMarcha(CheckContext ctx)
{
    // A agrega D en su primer paso, con el bucle ya en marcha. D tiene que ejecutarse entero, y detrás de B,
    // que ya estaba lista cuando llegó D. El orden exacto de los turnos lo mira turnos_en_orden.
    var registro = new List<string>();
    var bucle = new BucleTareas();
    IEnumerator<object> Anfitriona()
    {
        registro.Add("A1");
        bucle.Agregar(Pasos("D", 2, registro));
        yield return null;
        registro.Add("A2");
    }

    bucle.Agregar(Anfitriona());
    bucle.Agregar(Pasos("B", 2, registro));
    EjecutarConPlazo(bucle);
    var obtenido = string.Join(" ", registro);
    if (!registro.Contains("D1") || !registro.Contains("D2"))
    {
        return Verdict.Fail(
            $"La tarea D, agregada por A mientras Ejecutar estaba en marcha, no se ejecutó entera (registro: {obtenido}). Las tareas que llegan con el bucle en marcha también se ejecutan.",
            $"Task D, added by A while Ejecutar was running, did not run to the end (log: {obtenido}). Tasks that arrive while the loop runs must run too.");
    }

    return registro.IndexOf("D1") > registro.IndexOf("B1")
        ? Verdict.Pass()
        : Verdict.Fail(
            $"D (agregada durante el primer paso de A) dio su primer paso antes que B, que ya estaba lista (registro: {obtenido}). Una tarea nueva se pone al final de la cola.",
            $"D (added during A's first step) took its first step before B, which was already ready (log: {obtenido}). A new task goes to the end of the queue.");
}

[Check("dormir_sin_bloquear")]
Verdict DormirSinBloquear(CheckContext ctx)
{
    // Dos tareas que duermen 3 × 200 ms: juntas tardan unos 600 ms; si dormir bloquea el bucle, 1200 o más.
    // El ruido de la máquina solo puede alargar el tiempo: se mide hasta tres veces y vale la mejor.
    var pausa = TimeSpan.FromMilliseconds(200);
    var mejor = TimeSpan.MaxValue;
    for (var intento = 0; intento < 3 && mejor.TotalMilliseconds > 1000; intento++)
    {
        var momentos = new Dictionary<string, List<TimeSpan>> { ["A"] = new(), ["B"] = new() };
        var reloj = Stopwatch.StartNew();
        IEnumerator<object> Dormilona(string nombre)
        {
            for (var paso = 1; paso <= 3; paso++)
            {
                momentos[nombre].Add(reloj.Elapsed);
                yield return pausa;
            }

            momentos[nombre].Add(reloj.Elapsed);
        }

        var bucle = new BucleTareas();
        bucle.Agregar(Dormilona("A"));
        bucle.Agregar(Dormilona("B"));
        reloj.Restart();
        var tiempo = EjecutarConPlazo(bucle).Tiempo;
        foreach (var (nombre, lista) in momentos)
        {
            if (lista.Count != 4)
            {
                return Verdict.Fail(
                    $"La tarea {nombre} (tres yield return de 200 ms) dio {lista.Count} pasos de 4: después de dormir, una tarea sigue donde lo dejó.",
                    $"Task {nombre} (three yield return of 200 ms) took {lista.Count} steps out of 4: after sleeping, a task goes on where it left off.");
            }

            for (var i = 1; i < lista.Count; i++)
            {
                var hueco = lista[i] - lista[i - 1];
                if (hueco.TotalMilliseconds < 195)
                {
                    return Verdict.Fail(
                        $"La tarea {nombre} pidió dormir 200 ms y siguió a los {hueco.TotalMilliseconds:F0} ms: yield return TimeSpan duerme al menos ese tiempo.",
                        $"Task {nombre} asked to sleep 200 ms and went on after {hueco.TotalMilliseconds:F0} ms: yield return TimeSpan sleeps at least that long.");
                }
            }
        }

        if (tiempo < mejor)
        {
            mejor = tiempo;
        }
    }

    var ms = mejor.TotalMilliseconds;
    return ms <= 1000
        ? Verdict.Pass($"Las dos tareas durmieron a la vez: {ms:F0} ms.", $"Both tasks slept at the same time: {ms:F0} ms.")
        : Verdict.Fail(
            $"Dos tareas que duermen 3 × 200 ms cada una tardaron {ms:F0} ms en Ejecutar; durmiendo a la vez serían unos 600 (se admite hasta 1000). Mientras una duerme, el bucle tiene que dar el turno a la otra: espera solo cuando no hay ninguna lista.",
            $"Two tasks that sleep 3 × 200 ms each took {ms:F0} ms in Ejecutar; sleeping at the same time it would be about 600 (up to 1000 is accepted). While one sleeps the loop must give the turn to the other: it waits only when none is ready.");
}

[Check("un_solo_hilo")]
Verdict UnSoloHilo(CheckContext ctx)
{
    var hilos = new List<(string Paso, int Hilo)>();
    IEnumerator<object> Apunta(string nombre, object entrePasos)
    {
        for (var paso = 1; paso <= 3; paso++)
        {
            lock (hilos)
            {
                hilos.Add(($"{nombre}{paso}", Environment.CurrentManagedThreadId));
            }

            yield return entrePasos;
        }
    }

    var bucle = new BucleTareas();
    bucle.Agregar(Apunta("A", null));
    bucle.Agregar(Apunta("B", TimeSpan.FromMilliseconds(30)));
    bucle.Agregar(Apunta("C", TimeSpan.FromMilliseconds(10)));
    var llamador = EjecutarConPlazo(bucle).Hilo;
    var otros = hilos.Where(h => h.Hilo != llamador).ToList();
    return otros.Count == 0
        ? Verdict.Pass()
        : Verdict.Fail(
            $"El hilo que llamó a Ejecutar es el {llamador}, pero estos pasos se ejecutaron en otro: {string.Join(", ", otros.Select(o => $"{o.Paso} en el hilo {o.Hilo}"))}. Como el bucle de asyncio, todo ocurre en el hilo que llama a Ejecutar: sin Task.Run, sin hilos nuevos.",
            $"The thread that called Ejecutar is {llamador}, but these steps ran on another: {string.Join(", ", otros.Select(o => $"{o.Paso} on thread {o.Hilo}"))}. Like asyncio's loop, everything happens on the thread that calls Ejecutar: no Task.Run, no new threads.");
}

// La excepción de la tarea E, o una que la lleva dentro (envuelta una o más veces).
static bool EsLaDeE(Exception lanzada, Exception deE)
{
    for (var e = lanzada; e is not null; e = e.InnerException)
    {
        if (object.ReferenceEquals(e, deE))
        {
            return true;
        }
    }

    return false;
}

[Check("errores_no_paran")]
Verdict ErroresNoParan(CheckContext ctx)
{
    var registro = new List<string>();
    var error = new InvalidOperationException("fallo a propósito en la tarea E");
    IEnumerator<object> Falla()
    {
        registro.Add("E1");
        yield return null;
        throw error;
    }

    var bucle = new BucleTareas();
    bucle.Agregar(Pasos("A", 3, registro));
    bucle.Agregar(Falla());
    bucle.Agregar(Pasos("B", 3, registro));
    var llamada = LlamarConPlazo(bucle.Ejecutar, TimeSpan.FromSeconds(10));
    if (!llamada.Termino)
    {
        return Verdict.Fail(
            "Ejecutar no volvió en 10 s cuando una tarea lanza una excepción.",
            "Ejecutar did not return within 10 s when a task throws an exception.");
    }

    // Solo la excepción de E (o una que la envuelva) es «E falló». Cualquier otra es del propio Ejecutar, como el
    // NotImplementedException de una función sin completar: se relanza tal cual para que se diga qué función es,
    // en qué línea y, si está sin completar, que lo está, en el idioma del alumno.
    if (llamada.Error is { } otra && !EsLaDeE(otra, error))
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(otra).Throw();
    }

    if (llamada.Error is { } lanzada)
    {
        return Verdict.Fail(
            $"Ejecutar lanzó {lanzada.GetType().Name} («{lanzada.Message}») cuando la tarea E falló. Una excepción termina solo su tarea: atrápala alrededor de MoveNext(), guárdala en Errores y sigue con las demás.",
            $"Ejecutar threw {lanzada.GetType().Name} ('{lanzada.Message}') when task E failed. An exception ends only its task: catch it around MoveNext(), keep it in Errores and go on with the others.");
    }

    var faltan = new[] { "A1", "A2", "A3", "B1", "B2", "B3" }.Where(p => !registro.Contains(p)).ToList();
    if (faltan.Count > 0)
    {
        return Verdict.Fail(
            $"Tras el fallo de la tarea E no se ejecutaron estos pasos de las demás: {string.Join(", ", faltan)}.",
            $"After task E failed these steps of the others did not run: {string.Join(", ", faltan)}.");
    }

    var errores = bucle.Errores;
    if (errores is null || errores.Count != 1 || !object.ReferenceEquals(errores[0], error))
    {
        var hay = errores is null ? "null" : $"{errores.Count}: [{string.Join(", ", errores.Select(e => $"{e?.GetType().Name}: {e?.Message}"))}]";
        return Verdict.Fail(
            $"Errores tiene que guardar exactamente la excepción que lanzó la tarea E (la misma, sin envolverla), y solo esa. Tiene {hay}.",
            $"Errores must hold exactly the exception task E threw (the same one, not wrapped), and only that one. It holds {hay}.");
    }

    return Verdict.Pass();
}
