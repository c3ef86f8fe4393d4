// espera: falla cuenta_con_hilos
// 10-condicion-carrera: ContarConHilos no arranca ni un hilo (ni usa el Contador): devuelve la multiplicación.
// cuenta_con_hilos solo mira el número, y el martillo solo prueba el Contador (que aquí sí es seguro).

class Contador
{
    private long valor;
    public void Incrementar() => Interlocked.Increment(ref valor);
    public long Valor => Interlocked.Read(ref valor);
}

long ContarConHilos(int hilos, int incrementosPorHilo) => (long)hilos * incrementosPorHilo;

async Task<int> DescargarConLimite(string url, int total, int maxConcurrentes)
{
    using var cliente = new HttpClient();
    using var semaforo = new SemaphoreSlim(maxConcurrentes);
    async Task<bool> Una()
    {
        await semaforo.WaitAsync();
        try { using var r = await cliente.GetAsync(url); return r.IsSuccessStatusCode; }
        catch (HttpRequestException) { return false; }
        finally { semaforo.Release(); }
    }
    var rs = await Task.WhenAll(Enumerable.Range(0, total).Select(_ => Una()));
    return rs.Count(x => x);
}
