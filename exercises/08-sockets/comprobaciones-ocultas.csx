// Comprobaciones ocultas de 08-sockets: se compilan detrás de comprobaciones.csx (sus ayudantes son de allí) y no
// van en la edición del alumnado, que ve su nombre y su resultado.

// linea_partida parte una «ñ» (dos bytes) tras su primer byte. Aquí cada byte llega en un trozo suyo: el «€» (tres
// bytes) y el «🦆» (cuatro) quedan partidos tras su primer, segundo y tercer byte. Un servidor que solo guarda un
// byte a medias para el trozo siguiente pasa linea_partida y rompe estos.
[Check("caracteres_partidos")]
Task<Verdict> CaracteresPartidos(CheckContext ctx) => ConServidorAsync(async servidor =>
{
    const string linea = "5 € y 🦆";
    using var cliente = await ConectarAsync(servidor.Puerto);
    foreach (var b in EnUtf8(linea + "\n"))
    {
        await EnviarAsync(cliente, [b]);
        // Una pausa entre bytes: cada uno llega al servidor en una lectura suya.
        await Task.Delay(20);
    }

    var eco = await LeerAsync(cliente, TimeSpan.FromSeconds(3), Contiene("\n"));
    // Lo que llegue poco después también cuenta: la línea tiene que volver una sola vez.
    var extra = eco.Cerrada ? new Lectura([], true) : await LeerAsync(cliente, TimeSpan.FromMilliseconds(300), _ => false);
    return Expect.SameText(linea + "\n", eco.Texto + extra.Texto,
        "El eco de una línea que llega byte a byte", "The echo of a line that arrives byte by byte");
});
