Console.WriteLine("hola");
