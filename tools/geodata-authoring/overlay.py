import sys, json
import matplotlib; matplotlib.use('Agg')
import matplotlib.pyplot as plt, numpy as np
from shapely.geometry import shape
def draw(ax, g, color, lw=1, fill=False, alpha=0.3):
    for p in getattr(g,'geoms',[g]):
        if p.geom_type=='Polygon':
            x,y=p.exterior.xy; ax.plot(x,y,'-',color=color,lw=lw)
            if fill: ax.fill(x,y,color=color,alpha=alpha)
            for r in p.interiors:
                x,y=r.xy; ax.plot(x,y,'--',color=color,lw=lw)
        elif p.geom_type=='LineString':
            x,y=p.xy; ax.plot(x,y,'-',color=color,lw=lw*2)
        elif p.geom_type=='Point':
            ax.plot([p.x],[p.y],'o',color=color,ms=4)
def fig(bbox, step, layers, fn, labels=True):
    f,ax=plt.subplots(figsize=(12,12*(bbox[3]-bbox[1])/(bbox[2]-bbox[0])/0.935))
    ref=json.load(open('/work/shared/data/haiphong_districts.geojson'))
    for ft in ref['features']:
        draw(ax, shape(ft['geometry']), 'lightgray', 0.8, True, 0.5)
    for (feats, color, fill) in layers:
        for ft in feats:
            g=shape(ft['geometry']); draw(ax,g,color,1,fill,0.15)
            if labels:
                c=g.representative_point()
                if bbox[0]<c.x<bbox[2] and bbox[1]<c.y<bbox[3]:
                    ax.text(c.x,c.y,str(ft['properties'].get('id'))[:14],fontsize=7,color=color)
    ax.set_xlim(bbox[0],bbox[2]); ax.set_ylim(bbox[1],bbox[3])
    ax.set_xticks(np.arange(bbox[0],bbox[2]+1e-9,step)); ax.set_yticks(np.arange(bbox[1],bbox[3]+1e-9,step))
    ax.tick_params(labelsize=7); plt.xticks(rotation=90); ax.grid(True,lw=0.3); ax.set_aspect(1/0.935)
    f.savefig(fn,dpi=80,bbox_inches='tight'); plt.close(f)
