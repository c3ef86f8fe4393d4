// espera: error timeout
// capa: límite de tiempo de reloj
var a = new object();
var b = new object();
var otro = new Thread(() => { lock (b) { Thread.Sleep(200); lock (a) { } } });
otro.Start();
lock (a)
{
    Thread.Sleep(200);
    lock (b) { }
}
