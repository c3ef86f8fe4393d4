// espera: error forbidden
// capa: puerta estática (un miembro de .NET que recibe un IntPtr abre cualquier descriptor: GR0102)
var canal = new FileStream((IntPtr)int.Parse(Environment.GetCommandLineArgs().Last()), FileAccess.Write, false);
canal.Write(new byte[] { 10 });
