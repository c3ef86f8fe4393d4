// espera: error timeout
// capa: límite de tiempo de reloj
long n = 0;
while (true)
{
    n++;
}
