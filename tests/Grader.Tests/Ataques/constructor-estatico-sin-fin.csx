// espera: error timeout
// capa: límite de tiempo de reloj
Console.WriteLine(Eterna.Valor);
class Eterna
{
    public static readonly int Valor = Calcular();
    static int Calcular() { while (true) { } }
}
