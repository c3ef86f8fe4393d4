// espera: error forbidden
// capa: puerta estática (un nombre del alumno no puede tapar un tipo que usan las comprobaciones)
Console.WriteLine("hola");
static class Expect
{
    public static int SameText(string a, string b) => 0;
}
