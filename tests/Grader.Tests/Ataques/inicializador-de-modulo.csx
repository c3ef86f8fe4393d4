// espera: error forbidden
// capa: puerta estática (lista de lo permitido: GR0113)
// Un inicializador de módulo corre al cargar el ensamblado, antes que el código de nivel superior.
[System.Runtime.CompilerServices.ModuleInitializer]
internal static void Antes() => Console.WriteLine("{\"t\":\"done\"}");

Console.WriteLine("hola");
