void x(){}
