// 09-bucle-eventos: el bucle de eventos por dentro. Una cola de tareas listas, tareas dormidas y un solo hilo.
// Pruébalo con:   grader run 09-bucle-eventos TU-ARCHIVO.csx
// Corrígelo con:  grader check 09-bucle-eventos TU-ARCHIVO.csx

using System.Diagnostics;

// Procesa los mensajes por orden de llegada (FIFO), también los que se encolan mientras tanto; vuelve con la cola vacía.
void BucleMensajes(Queue<string> mensajes, Action<string> procesar)
{
    // completa
    throw new NotImplementedException();
}

// Una tarea de ejemplo: imprime cada paso con su hilo y después cede el turno o duerme.
IEnumerator<object?> Tarea(string nombre, int pasos, TimeSpan pausa)
{
    for (var paso = 1; paso <= pasos; paso++)
    {
        Console.WriteLine($"{nombre}: paso {paso} en el hilo {Environment.CurrentManagedThreadId}");
        yield return pausa > TimeSpan.Zero ? pausa : null;
    }
}

var cola = new Queue<string>(["tecla", "clic", "pintar"]);
BucleMensajes(cola, mensaje =>
{
    Console.WriteLine($"Mensaje: {mensaje}");
    if (mensaje == "tecla")
    {
        cola.Enqueue("pintar la letra");
    }
});

var bucle = new BucleTareas();
bucle.Agregar(Tarea("descarga", 3, TimeSpan.FromMilliseconds(100)));
bucle.Agregar(Tarea("cálculo", 3, TimeSpan.Zero));
var reloj = Stopwatch.StartNew();
bucle.Ejecutar();
Console.WriteLine($"Hilo principal: {Environment.CurrentManagedThreadId}. Todo terminado en {reloj.Elapsed.TotalSeconds:F1} s.");

// (Las clases van al final: en un programa .cs las instrucciones de nivel superior van antes que los tipos.)
// Multitarea cooperativa con iteradores: cada tarea avanza hasta su siguiente yield return y cede el turno.
class BucleTareas
{
    // Las excepciones de las tareas que terminaron con un error, en el orden en que ocurrieron.
    public List<Exception> Errores { get; } = new();

    // El estado del bucle: las tareas listas para su turno y las dormidas con el momento en que despiertan.
    private readonly Queue<IEnumerator<object?>> listas = new();
    private readonly List<(TimeSpan Despertar, IEnumerator<object?> Tarea)> dormidas = new();
    private readonly Stopwatch reloj = Stopwatch.StartNew();

    // Pone la tarea al final de la cola de listas (también si el bucle ya está en marcha).
    public void Agregar(IEnumerator<object?> tarea)
    {
        // completa
        throw new NotImplementedException();
    }

    // Da turnos en orden de llegada; yield return null cede el turno, yield return TimeSpan duerme sin bloquear
    // a las demás; una excepción termina solo su tarea y se guarda en Errores. Vuelve cuando todas han terminado.
    public void Ejecutar()
    {
        // completa
        throw new NotImplementedException();
    }
}
