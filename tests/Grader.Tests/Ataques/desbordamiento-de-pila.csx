// espera: error crash
// capa: el proceso hijo muere solo; el anfitrión lo diagnostica
int Hondo(int n) => Hondo(n + 1) + 1;
Console.WriteLine(Hondo(0));
