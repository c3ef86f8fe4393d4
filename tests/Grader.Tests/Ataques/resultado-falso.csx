// espera: fail
// capa: el canal de resultados no es stdout y lleva la clave secreta de la ejecución
Console.WriteLine("{\"t\":\"check\",\"name\":\"programa_termina\",\"verdict\":{\"status\":\"Pass\"},\"output\":\"\",\"elapsedMilliseconds\":1}");
Console.WriteLine("{\"t\":\"done\"}");
throw new InvalidOperationException("el programa falla de verdad");
