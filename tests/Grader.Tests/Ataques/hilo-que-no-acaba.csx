// espera: pass
// capa: el corredor sale con Environment.Exit tras el último registro; el árbol se mata al final
new Thread(() => { while (true) { Thread.Sleep(50); } }).Start();
Console.WriteLine("el hilo de primer plano sigue vivo");
