// espera: error output_limit
// capa: presupuesto de salida del anfitrión (el proceso se mata al pasarlo)
while (true)
{
    Console.WriteLine("¡inundación! ¡inundación! ¡inundación! ¡inundación!");
}
