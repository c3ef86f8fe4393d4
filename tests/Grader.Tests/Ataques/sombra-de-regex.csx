// espera: error forbidden
// ejercicio: 03-hola-hilo
// capa: puerta estática (las comprobaciones se enlazan igual que contra la solución: GR0112)
// Sin Join: una Regex propia hace que las comprobaciones vean lo que quiere.
void HolaHilo() => Console.WriteLine($"¡Hola desde el hilo {Environment.CurrentManagedThreadId}!");
void SaludarYEsperar()
{
    var hilo = new Thread(HolaHilo);
    hilo.Start();
    Console.WriteLine("El hilo principal termina");
}

SaludarYEsperar();

class Regex
{
    public Regex(string patron) { }
    public bool IsMatch(string linea) => true;
    public Coincidencia Match(string linea) => new();
}

class Coincidencia
{
    public string Value => Environment.CurrentManagedThreadId.ToString();
}
