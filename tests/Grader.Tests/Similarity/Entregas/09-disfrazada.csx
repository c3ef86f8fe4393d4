// Event loop exercise - my own work!!
// run: grader run 09-bucle-eventos this.csx

using System.Diagnostics;

// FIFO processing of incoming messages
void ProcesarCola(Queue<string> q, Action<string> accion) {
    while (q.Count > 0) {
        var m = q.Dequeue();
        accion(m);
    }
}

/* cooperative scheduler */
class Planificador {
    public List<Exception> Fallos { get; } = new();
    private readonly Queue<IEnumerator<object?>> preparadas = new();
    private readonly List<(TimeSpan Hora, IEnumerator<object?> Trabajo)> enEspera = new();
    private readonly Stopwatch crono = Stopwatch.StartNew();

    public void Meter(IEnumerator<object?> t) {
        preparadas.Enqueue(t);
    }

    public void Correr() {
        while (preparadas.Count > 0 || enEspera.Count > 0) {
            var instante = crono.Elapsed;
            foreach (var d2 in enEspera.Where(x => x.Hora <= instante).OrderBy(x => x.Hora).ToList()) {
                enEspera.Remove(d2);
                preparadas.Enqueue(d2.Trabajo);
            }
            if (preparadas.Count == 0) {
                // nothing ready: sleep until the first one wakes up
                var falta = enEspera.Min(x => x.Hora) - crono.Elapsed;
                if (falta > TimeSpan.Zero) {
                    Thread.Sleep((int)Math.Ceiling(falta.TotalMilliseconds));
                }
                continue;
            }
            var t = preparadas.Dequeue();
            bool hayMas;
            try {
                hayMas = t.MoveNext();
            } catch (Exception ex) {
                Fallos.Add(ex);
                continue;
            }
            if (!hayMas) {
                t.Dispose();
            } else if (t.Current is TimeSpan p) {
                enEspera.Add((crono.Elapsed + p, t));
            } else {
                preparadas.Enqueue(t);
            }
        }
    }
}

IEnumerator<object?> Trabajo(string etiqueta, int veces, TimeSpan p) {
    for (var i = 0; i <= veces; i++) {
        Console.WriteLine($"[{etiqueta}] step {i} on thread {Environment.CurrentManagedThreadId}");
        yield return p > TimeSpan.Zero ? p : null;
    }
}

var entrada = new Queue<string>(["key", "click", "paint", "scroll"]);
ProcesarCola(entrada, m => {
    Console.WriteLine($"Got: {m}");
    if (m == "key") {
        entrada.Enqueue("paint the key");
    }
});

var plan = new Planificador();
plan.Meter(Trabajo("download", 5, TimeSpan.FromMilliseconds(250)));
plan.Meter(Trabajo("compute", 5, TimeSpan.Zero));
var crono = Stopwatch.StartNew();
plan.Correr();
Console.WriteLine($"Main thread {Environment.CurrentManagedThreadId} finished after {crono.Elapsed.TotalSeconds:F2} s");
