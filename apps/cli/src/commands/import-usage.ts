export const importUsage = `liuhen import <文件夹> --device <记录仪序列号> [--server <地址>] [--state <进度文件>]
                                   采集站导入：递归导入执法记录仪文件夹中的音像文件（校验哈希、断点续传、
                                   按领用人和拍摄时间匹配案件，匹配不上的进入待分配清单）。
                                   账号取自 LIUHEN_USERNAME、LIUHEN_PASSWORD，未设置时在终端询问；
                                   服务器地址默认 LIUHEN_SERVER 或 http://127.0.0.1:3000`;
