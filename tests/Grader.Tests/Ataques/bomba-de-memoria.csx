// espera: error memory_limit
// capa: DOTNET_GCHeapHardLimit (y el cgroup de memoria)
var basura = new List<byte[]>();
while (true)
{
    basura.Add(new byte[1 << 20]);
    basura[^1][0] = 1;
}
