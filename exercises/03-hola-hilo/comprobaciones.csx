// Comprobaciones de 03-hola-hilo. Se compilan como continuación del script del alumno y corren en el hilo
// principal del proceso.

using System.Text.RegularExpressions;

// El saludo es la línea con un número (el id del hilo); «El hilo principal termina» no tiene ninguno.
// Así estas comprobaciones no dependen del formato exacto, que mira hola_formato.
static readonly Regex Numero = new(@"\d+");

bool EsSaludo(string linea) => Numero.IsMatch(linea);

const string UltimaLinea = "El hilo principal termina";

[Check("hola_formato")]
Verdict HolaFormato(CheckContext ctx)
{
    // Llamada directamente, HolaHilo corre en el hilo de la comprobación: el id es el suyo.
    var llamada = ctx.Capture(() => HolaHilo());
    return Expect.SameText($"¡Hola desde el hilo {Environment.CurrentManagedThreadId}!\n", llamada.Output.Replace("\r\n", "\n"),
        $"Lo que imprime HolaHilo() llamada desde el hilo {Environment.CurrentManagedThreadId}",
        $"What HolaHilo() prints when called from thread {Environment.CurrentManagedThreadId}");
}

[Check("saluda_desde_otro_hilo")]
Verdict SaludaDesdeOtroHilo(CheckContext ctx)
{
    var yo = Environment.CurrentManagedThreadId;
    // Se espera al saludo hasta 3 s aunque SaludarYEsperar no espere al hilo: eso lo mira espera_al_hilo.
    var llamada = ctx.CaptureUntil(() => SaludarYEsperar(), salida => OutputLines.Split(salida).Any(EsSaludo), TimeSpan.FromSeconds(3));
    var saludo = llamada.LinesByThread.Select(l => (Hilo: l.ThreadId, Linea: l.Line)).FirstOrDefault(l => EsSaludo(l.Linea));
    if (saludo.Linea is null)
    {
        return Verdict.Fail(
            "SaludarYEsperar() no imprimió ningún saludo con el id de un hilo: tiene que ejecutar HolaHilo en un hilo nuevo.",
            "SaludarYEsperar() printed no greeting with a thread's id: it must run HolaHilo on a new thread.");
    }

    if (saludo.Hilo == yo)
    {
        return Verdict.Fail(
            $"El saludo «{saludo.Linea}» lo imprimió el mismo hilo que llamó a SaludarYEsperar() (el {yo}): HolaHilo tiene que ejecutarse en un hilo nuevo (new Thread(HolaHilo) y Start()), no llamarse directamente.",
            $"The greeting '{saludo.Linea}' was printed by the same thread that called SaludarYEsperar() (thread {yo}): HolaHilo must run on a new thread (new Thread(HolaHilo) and Start()), not be called directly.");
    }

    var impreso = Numero.Match(saludo.Linea).Value;
    return impreso == saludo.Hilo.ToString()
        ? Verdict.Pass()
        : Verdict.Fail(
            $"El saludo «{saludo.Linea}» lo imprimió el hilo {saludo.Hilo}, pero dice {impreso}: imprime el id del hilo que ejecuta HolaHilo (Environment.CurrentManagedThreadId).",
            $"The greeting '{saludo.Linea}' was printed by thread {saludo.Hilo}, but it says {impreso}: print the id of the thread running HolaHilo (Environment.CurrentManagedThreadId).");
}

[Check("espera_al_hilo")]
Verdict EsperaAlHilo(CheckContext ctx)
{
    // Cada escritura de otro hilo espera 300 ms antes de salir: sin Join, SaludarYEsperar vuelve antes de que el
    // saludo llegue, en cualquier máquina. Se prueba tres veces.
    var yo = Environment.CurrentManagedThreadId;
    for (var intento = 0; intento < 3; intento++)
    {
        var llamada = ctx.CaptureWithSlowThreads(() => SaludarYEsperar(), TimeSpan.FromMilliseconds(300));

        var lineas = llamada.Lines;
        var saludo = lineas.FirstOrDefault(EsSaludo);
        // Si el saludo lo imprime el hilo que llamó, o no llega ninguno ni esperando 3 s, no hay hilo nuevo: pedir
        // Join() mandaría a arreglar lo que no falla, así que se dice lo que falta.
        var sinHilo = saludo is null
            ? !ctx.CaptureUntil(() => SaludarYEsperar(), salida => OutputLines.Split(salida).Any(EsSaludo), TimeSpan.FromSeconds(3)).Lines.Any(EsSaludo)
            : llamada.LinesByThread.Any(l => l.ThreadId == yo && EsSaludo(l.Line));
        if (sinHilo)
        {
            return Verdict.Blocked(
                "HolaHilo no se ejecuta en un hilo nuevo: crea un Thread con HolaHilo y arráncalo con Start(). Sin un hilo no hay nada que esperar, así que esta comprobación no puede juzgar la espera todavía.",
                "HolaHilo does not run on a new thread: create a Thread with HolaHilo and start it with Start(). With no thread there is nothing to wait for, so this check cannot judge the waiting yet.");
        }

        if (saludo is null)
        {
            return Verdict.Fail(
                "SaludarYEsperar() volvió antes de que el saludo del hilo se imprimiera: espera al hilo con Join() antes de imprimir la última línea.",
                "SaludarYEsperar() returned before the thread's greeting was printed: wait for the thread with Join() before printing the last line.",
                $"¡Hola desde el hilo {{id}}!\n{UltimaLinea}", string.Join('\n', lineas));
        }

        var veredicto = Expect.SameLines(new[] { saludo, UltimaLinea }, lineas,
            "Lo que imprime SaludarYEsperar() con un hilo lento", "What SaludarYEsperar() prints with a slow thread");
        if (!veredicto.Passed)
        {
            return lineas.Count == 2 && lineas[0] == UltimaLinea
                ? Verdict.Fail(
                    "Con un hilo lento, «El hilo principal termina» sale antes que el saludo: espera al hilo con Join() antes de imprimir la última línea.",
                    "With a slow thread, 'El hilo principal termina' comes before the greeting: wait for the thread with Join() before printing the last line.",
                    veredicto.Expected, veredicto.Actual)
                : veredicto;
        }
    }

    return Verdict.Pass();
}
