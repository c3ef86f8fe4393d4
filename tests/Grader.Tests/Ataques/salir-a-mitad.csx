// espera: error forbidden
// capa: puerta estática (salir)
Console.WriteLine("hola");
Environment.Exit(0);
