// espera: error forbidden
// capa: puerta estática (los árboles de expresiones llaman por nombre, como la reflexión)
var salir = System.Linq.Expressions.Expression.Call(typeof(Environment), "Exit", null, System.Linq.Expressions.Expression.Constant(0));
System.Linq.Expressions.Expression.Lambda<Action>(salir).Compile()();
