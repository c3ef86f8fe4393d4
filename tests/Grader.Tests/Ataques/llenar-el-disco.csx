// espera: error|fail *
// capa: RLIMIT_FSIZE (16 MB por archivo) y tmpfs de 64 MB para la carpeta de trabajo
// requiere: capas
var trozo = new byte[1 << 20];
for (var i = 0; ; i++)
{
    using var archivo = new FileStream($"relleno-{i % 8}.bin", FileMode.Append);
    for (var j = 0; j < 64; j++)
    {
        archivo.Write(trozo);
    }
}
