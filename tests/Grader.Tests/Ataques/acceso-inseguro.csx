// espera: error forbidden
// capa: puerta estática (extern y los atributos de System.Runtime.CompilerServices: GR0114, GR0113)
// [UnsafeAccessor] alcanza miembros privados por su nombre sin nombrar nada prohibido: aquí, Environment.Exit.
using System.Runtime.CompilerServices;

[UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Exit")]
static extern void Salir([UnsafeAccessorType("System.Environment")] object? nada, int codigo);

Salir(null, 0);
