#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <string.h>
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
static double now(){struct timeval t; gettimeofday(&t,0); return t.tv_sec+t.tv_usec/1e6;}
static double sys(){struct rusage r; getrusage(RUSAGE_SELF,&r); return r.ru_stime.tv_sec+r.ru_stime.tv_usec/1e6;}
int main(int argc,char**argv){
  size_t mb=atol(argv[2]); int mode=atoi(argv[1]); size_t n=mb<<20;
  double w0=now(), s0=sys();
  char*p=mmap(0,n,PROT_READ|PROT_WRITE,MAP_PRIVATE|MAP_ANONYMOUS,-1,0);
  if(mode==0){ for(size_t i=0;i<n;i+=4096) p[i]=1; }
  else if(mode==1){ if(madvise(p,n,MADV_POPULATE_WRITE)){perror("madvise");return 1;} }
  else { madvise(p,n,MADV_HUGEPAGE); for(size_t i=0;i<n;i+=4096) p[i]=1; }
  printf("mode=%d mb=%zu wall=%.3f sys=%.3f\n",mode,mb,now()-w0,sys()-s0);
  return 0;
}
