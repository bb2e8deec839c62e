import { BundleError } from '../../../lib/bundle-error';

interface BundleLoadErrorProps {
  readonly error: Error;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

/** What the reader is told for each kind of failure; the technical detail goes below it. */
function describe(error: Error): { readonly title: string; readonly hint: string } {
  if (!(error instanceof BundleError)) {
    return { title: '加载资讯时出错', hint: '请稍后重试。' };
  }
  switch (error.kind) {
    case 'missing':
      return { title: '找不到资讯数据', hint: '数据包不存在，可能尚未生成或正在发布。' };
    case 'schema':
      return { title: '资讯数据版本不兼容', hint: '数据包与当前版本的读财不匹配，请重新生成数据包或刷新页面。' };
    case 'invalid':
      return { title: '资讯数据已损坏', hint: '数据包的格式不正确，请重新生成数据包。' };
    case 'http':
      return { title: '服务器暂时无法提供资讯', hint: '请稍后重试。' };
    case 'network':
      return { title: '网络连接失败', hint: '请检查网络连接后重试。' };
  }
}

export function BundleLoadError({ error, onRetry, retrying }: BundleLoadErrorProps) {
  const { title, hint } = describe(error);
  return (
    <div role="alert" className="border-y border-red-200 bg-white px-4 py-8 text-center sm:rounded-xl sm:border sm:px-8">
      <p className="text-lg font-semibold text-stone-900">{title}</p>
      <p className="mt-2 text-sm text-stone-600">{hint}</p>
      <p className="mt-3 font-mono text-xs break-all text-stone-400">{error.message}</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-6 inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-6 text-sm font-medium text-white shadow-sm transition-colors hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:cursor-wait disabled:opacity-60"
      >
        {retrying ? '正在重试…' : '重试'}
      </button>
    </div>
  );
}
