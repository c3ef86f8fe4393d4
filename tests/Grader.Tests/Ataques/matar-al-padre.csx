// espera: error forbidden
// capa: puerta estática (otros_procesos); en bwrap el padre ni siquiera es visible
System.Diagnostics.Process.GetProcessById(int.Parse(File.ReadAllText("/proc/self/stat").Split(' ')[3])).Kill();
