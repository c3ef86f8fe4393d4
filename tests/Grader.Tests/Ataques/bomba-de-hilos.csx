// espera: error *
// capa: cgroup pids.max y RLIMIT_NPROC (los hilos son tareas)
// requiere: capas
while (true)
{
    new Thread(() => Thread.Sleep(Timeout.Infinite)) { IsBackground = true }.Start();
}
