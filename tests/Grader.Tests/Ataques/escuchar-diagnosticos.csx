// espera: error forbidden
// ejercicio: 01-es-vs-cpu
// capa: puerta estática (escuchar los diagnósticos del proceso: GR0115)
// secreto: ESCUCHADO
// DiagnosticListener.AllListeners da al alumno cada fuente de diagnóstico del proceso: la del HttpClient de las
// comprobaciones le pasa sus peticiones y respuestas vivas, y JsonSerializer las vuelca sin nombrar sus tipos.
using System.Diagnostics;
using System.Text.Json;

DiagnosticListener.AllListeners.Subscribe(new Fuentes());

List<string> FormatearCabeceras(HttpResponseMessage respuesta) => [];
string UnirCabeceras(List<string> lineas) => string.Join("\n", lineas);
void EscribirCabeceras(string texto, string ruta) => File.WriteAllText(ruta, texto);
string Clasificar(string paso) => "E/S";

sealed class Fuentes : IObserver<DiagnosticListener>
{
    public void OnNext(DiagnosticListener fuente) => fuente.Subscribe(new Eventos());
    public void OnError(Exception error) { }
    public void OnCompleted() { }
}

sealed class Eventos : IObserver<KeyValuePair<string, object?>>
{
    public void OnNext(KeyValuePair<string, object?> evento)
    {
        try
        {
            Console.WriteLine($"ESCUCHADO {evento.Key}: {JsonSerializer.Serialize(evento.Value)}");
        }
        catch (Exception error)
        {
            Console.WriteLine($"ESCUCHADO {evento.Key}: {error.Message}");
        }
    }

    public void OnError(Exception error) { }
    public void OnCompleted() { }
}
