// espera: falla cuenta_con_hilos
// 10-condicion-carrera: ContarConHilos arranca y espera sus hilos, pero no cuentan nada: devuelve la multiplicación.

class Contador
{
    private long valor;
    public void Incrementar() => Interlocked.Increment(ref valor);
    public long Valor => Interlocked.Read(ref valor);
}

long ContarConHilos(int hilos, int incrementosPorHilo)
{
    var lista = Enumerable.Range(0, hilos).Select(_ => new Thread(() => Thread.Sleep(1))).ToList();
    lista.ForEach(h => h.Start());
    lista.ForEach(h => h.Join());
    return (long)hilos * incrementosPorHilo;
}

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
