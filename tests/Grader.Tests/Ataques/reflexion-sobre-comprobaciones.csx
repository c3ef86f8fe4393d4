// espera: error forbidden
// capa: puerta estática (reflexión)
foreach (var ensamblado in AppDomain.CurrentDomain.GetAssemblies())
{
    Console.WriteLine(ensamblado.GetName());
}
