// espera: error forbidden
// capa: puerta estática (interop); si corriera, el cgroup de memoria
while (true)
{
    System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 20);
}
