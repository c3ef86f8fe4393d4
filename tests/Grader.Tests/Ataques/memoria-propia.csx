// espera: pass
// capa: el corredor no es volcable (prctl): /proc/self/mem es de root y el uid de la ejecución no lo abre
// secreto: LEIDA
// requiere: capas
try
{
    using var memoria = new FileStream("/proc/self/mem", FileMode.Open, FileAccess.Read);
    Console.WriteLine("memoria LEIDA");
}
catch (Exception e)
{
    Console.WriteLine("memoria: " + e.GetType().Name);
}
