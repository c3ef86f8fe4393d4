// espera: error output_limit
// capa: presupuesto de salida del anfitrión (stdout y stderr juntos)
while (true)
{
    Console.Error.WriteLine("¡inundación por stderr! ¡inundación por stderr!");
}
