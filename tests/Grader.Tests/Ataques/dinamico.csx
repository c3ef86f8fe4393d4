// espera: error forbidden
// capa: puerta estática (dynamic se resuelve al ejecutar)
dynamic dominio = AppContext.BaseDirectory;
Console.WriteLine(dominio.Length);
