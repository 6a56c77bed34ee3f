export const importUsage = `liuhen import <文件夹> --device <记录仪序列号> [--server <地址>] [--state <进度文件>]
                                   [--camera-clock <记录仪时钟>] [--away-reason <原因>]
                                   采集站导入：递归导入执法记录仪文件夹中的音像文件（校验哈希、断点续传、
                                   按领用人和拍摄时间匹配案件，匹配不上的进入待分配清单）。
                                   --camera-clock：接入时记录仪显示的日期时间（如 2026-03-03T09:30:00+08:00），
                                   与采集站时钟比对，偏差超过 1 分钟的记为时钟偏差。
                                   --away-reason：continuous_work（连续工作）、away_from_unit（异地执法）或
                                   remote_area（偏远、交通不便地区执法），存储期限自返回单位（导入）时起算。
                                   账号取自 LIUHEN_USERNAME、LIUHEN_PASSWORD，未设置时在终端询问；
                                   服务器地址默认 LIUHEN_SERVER 或 http://127.0.0.1:3000`;
