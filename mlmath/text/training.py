"""Sentences for train: the whole learning loop — forward, loss, backward, the optimizer, epochs and batches."""

EN = {
    # headline and notes
    "training.headline.classes": "{layers} ({activation}) on {name}, {epochs} epochs of {optimizer}: loss {loss}, "
    "accuracy {accuracy}",
    "training.headline.regression": "{layers} ({activation}) on {name}, {epochs} epochs of {optimizer}: loss {loss}",
    "training.note.setup": "{train} training samples, {val} for validation; batch {batch} ({batches} per epoch); "
    "lr {lr}; seed {seed}",
    "training.note.stopped": "Early stopping: kept the weights of epoch {best} (the lowest validation loss); "
    "stopped after epoch {stopped}",
    # tables
    "training.title.worked": "Epoch {epoch}, batch 1 ({rows} samples; the first rows shown)",
    "training.title.x": "A⁽⁰⁾ = X, inputs ({shape})",
    "training.title.z": "Z{layer} = A{prev}·W{layer} + b{layer} ({shape})",
    "training.title.a": "A{layer} = {name}(Z{layer}) ({shape})",
    "training.title.p_sigmoid": "p = σ(Z{layer}) ({shape})",
    "training.title.p_softmax": "p = softmax(Z{layer}) ({shape})",
    "training.title.delta": "δ{layer} = ∂L/∂Z{layer} ({shape})",
    "training.title.grad_w": "∂L/∂W{layer} = A{prev}ᵀ·δ{layer} ({shape})",
    "training.title.epochs": "Every {every} epochs",
    "training.title.epochs_all": "Every epoch",
    "training.column.epoch": "epoch",
    "training.column.train_loss": "train loss",
    "training.column.val_loss": "val loss",
    "training.column.train_accuracy": "train acc.",
    "training.column.val_accuracy": "val acc.",
    "training.corner.sample": "sample",
    "training.corner.input": "in",
    "training.note.table": "train loss and accuracy: over the epoch's batches as they were trained (epoch 0: "
    "before training); validation: after the epoch, without dropout",
    "training.title.curve": "Loss per epoch",
    "training.label.train": "train",
    "training.label.val": "validation",
    "training.label.epoch": "epoch",
    "training.title.boundary": "Decision boundary",
    "training.note.boundary": "The predicted class over the plane ({markers}); the training points drawn as "
    "their class digit",
    "training.title.fit": "The fitted curve (line) and the training points (•)",
    "training.label.data": "data",
    "training.label.fit": "model",
    "training.progress": "train",
    # steps: setting up
    "training.data.classes": "Data {name}: {samples} samples of {features} features in {classes} classes "
    "({names}); {train} for training, {val} held out for validation",
    "training.data.regression": "Data {name}: {samples} samples of {features} feature(s) and a number to predict "
    "(regression); {train} for training, {val} held out for validation",
    "training.model": "Network {layers}: {count} parameters; each layer computes Z = A·W + b, each hidden layer "
    "then A = {activation}(Z); the initial weights come from seed {seed}",
    "training.model.single": "Network {layers}: {count} parameters, one layer Z = X·W + b (no hidden layer); the "
    "initial weights come from seed {seed}",
    "training.model.layer": "layer {index}: W{layer} {inputs}×{outputs} and b{layer} ({outputs}) drawn from "
    "uniform(−1/√{inputs}, 1/√{inputs}) = ±{bound}, as nn.Linear initialises them",
    "training.output.bce": "Output: one logit z per sample, p = σ(z) is the probability of class 1; loss: binary "
    "cross-entropy from the logit, L = mean(max(z, 0) − z·y + log(1 + e^(−|z|))) (BCEWithLogitsLoss)",
    "training.output.ce": "Output: one logit per class ({outputs}), p = softmax(z); loss: cross-entropy "
    "L = mean(−log p of the true class) (CrossEntropyLoss)",
    "training.output.mse": "Output: the prediction ŷ = z itself ({outputs} per sample); loss: mean squared error "
    "L = mean((ŷ − y)²) (MSELoss)",
    "training.batches": "Mini-batches: each epoch the {train} training samples are shuffled and cut into "
    "{batches} batches of {size}; one update per batch",
    "training.batches_last": "Mini-batches: each epoch the {train} training samples are shuffled and cut into "
    "{batches} batches of {size} (the last has {last}); one update per batch",
    "training.full_batch": "Full batch: every epoch is one update on all {train} training samples",
    "training.penalty.l1": "L1 penalty λ·Σ|W| with λ = {lam} on every weight (not the biases): its gradient "
    "λ·sign(W) is added to ∂L/∂W",
    "training.penalty.l2": "L2 penalty λ·ΣW² with λ = {lam} on every weight (not the biases): its gradient 2λ·W "
    "is added to ∂L/∂W",
    "training.dropout": "Dropout p = {p} on every hidden layer while training: each activation is kept with "
    "probability 1 − p and multiplied by 1/(1 − p) = {scale}, or set to 0; none at evaluation",
    "training.rule": "{name}, as {torch}",
    # steps: the worked batch
    "training.worked": "Epoch {epoch}, batch 1 of {batches} ({rows} samples), worked in full",
    "training.forward.first": "Forward, layer {index}: Z{layer} = X·W{layer} + b{layer}: "
    "({batch}×{inputs})·({inputs}×{outputs}) + ({outputs}) → {batch}×{outputs}",
    "training.forward.layer": "Forward, layer {index}: Z{layer} = A{prev}·W{layer} + b{layer}: "
    "({batch}×{inputs})·({inputs}×{outputs}) + ({outputs}) → {batch}×{outputs}",
    "training.forward.neuron": "sample 1, neuron 1: z{layer}₁₁ = Σₖ a{prev}₁ₖ·w{layer}ₖ₁ + b{layer}₁ = "
    "{terms: + } ≈ {value}",
    "training.forward.act": "a{layer}₁₁ = {name}({z}) ≈ {value}; every entry of Z{layer} alike",
    "training.forward.dropout": "dropout: {dropped} of the {count} entries of A{layer} set to 0, the others "
    "multiplied by {scale} (sample 1, neuron 1 is now {value})",
    "training.forward.sigmoid": "sample 1: p = σ({z}) ≈ {value}, the probability of class 1",
    "training.forward.softmax": "sample 1: p = softmax(z) ≈ ({values})",
    "training.forward.identity": "the output Z{layer} is the prediction ŷ",
    "training.loss": "Loss of the batch ({kind}, mean over {batch} samples): L ≈ {value}",
    "training.loss.penalty": "plus the penalty ≈ {penalty}: the training minimises ≈ {total}",
    "training.backward.bce": "Backward, output: δ{layer} = ∂L/∂Z{layer} = (p − y)/n; sample 1: "
    "({p} − {y})/{n} ≈ {value}",
    "training.backward.ce": "Backward, output: δ{layer} = ∂L/∂Z{layer} = (p − onehot(y))/n; sample 1, class 1: "
    "({p} − {y})/{n} ≈ {value}",
    "training.backward.mse": "Backward, output: δ{layer} = ∂L/∂Z{layer} = 2(ŷ − y)/(number of entries); "
    "sample 1: 2·({z} − {y})/{count} ≈ {value}",
    "training.backward.layer": "Backward, layer {index}: ∂L/∂W{layer} = A{prev}ᵀ·δ{layer}: "
    "({inputs}×{batch})·({batch}×{outputs}) → {inputs}×{outputs}; ∂L/∂b{layer} = Σ over the samples of δ{layer} "
    "→ {outputs}",
    "training.backward.grad_w": "∂L/∂w{layer}₁₁ = Σₛ a{prev}ₛ₁·δ{layer}ₛ₁ = {terms: + } ≈ {value}",
    "training.backward.grad_b": "∂L/∂b{layer}₁ = Σₛ δ{layer}ₛ₁ = {terms: + } ≈ {value}",
    "training.backward.l1": "with the L1 penalty: + λ·sign(w{layer}₁₁) = + {lam}·sign({w}), so ∂/∂w{layer}₁₁ "
    "≈ {value}",
    "training.backward.l2": "with the L2 penalty: + 2λ·w{layer}₁₁ = + 2·{lam}·{w:p}, so ∂/∂w{layer}₁₁ ≈ {value}",
    "training.backward.delta": "δ{prev} = (δ{layer}·W{layer}ᵀ) ⊙ {name}′(Z{prev}): "
    "({batch}×{outputs})·({outputs}×{inputs}) → {batch}×{inputs}, then entry by entry",
    "training.backward.delta_dropout": "δ{prev} = (δ{layer}·W{layer}ᵀ) ⊙ mask ⊙ {name}′(Z{prev}): "
    "({batch}×{outputs})·({outputs}×{inputs}) → {batch}×{inputs}, then entry by entry (a dropped unit passes "
    "no gradient)",
    "training.trace": "One weight through the chain rule: w⁽¹⁾₁₁ (input 1 → neuron 1 of layer 1) moves the loss "
    "along {path}; multiply the local derivatives back from L (sample 1)",
    "training.trace.single": "One weight through the chain rule: w⁽¹⁾₁₁ moves the loss along {path} (sample 1)",
    "training.trace.output": "∂L/∂z{layer}₁₁ = δ{layer}₁₁ ≈ {value}",
    "training.trace.back": "∂L/∂a{layer}₁₁ = Σⱼ δ{next}₁ⱼ·w{next}₁ⱼ = {terms: + } ≈ {value} (through every "
    "neuron of the next layer)",
    "training.trace.local": "δ{layer}₁₁ = ∂L/∂a{layer}₁₁ · {name}′(z{layer}₁₁) = {product} ≈ {value}",
    "training.trace.local_dropout": "δ{layer}₁₁ = ∂L/∂a{layer}₁₁ · mask · {name}′(z{layer}₁₁) = {product} ≈ "
    "{value}",
    "training.trace.weight": "sample 1 adds x₁₁·δ⁽¹⁾₁₁ = {x}·{delta:p} ≈ {value} to ∂L/∂w⁽¹⁾₁₁; all {batch} "
    "samples together give ≈ {total}",
    "training.update": "Update of w⁽¹⁾₁₁ by {optimizer} (lr = {lr}), the same rule for all {count} parameters",
    "training.update.grad": "g = ∂L/∂w⁽¹⁾₁₁ ≈ {value}",
    "training.update.new": "w⁽¹⁾₁₁ ← w + Δθ = {old} + {delta:p} ≈ {value}",
    # steps: the run
    "training.epochs_full": "{epochs} epochs, one update each; the training loss went from {first} (epoch 1) to "
    "{last}",
    "training.epochs": "{epochs} epochs × {batches} batches = {updates} updates; the training loss went from "
    "{first} (epoch 1) to {last}",
    "training.stopped": "Early stopping: the validation loss was lowest in epoch {best} ({value}) and did not "
    "improve for {patience} epochs, so training stopped after epoch {stopped} and the weights of epoch {best} "
    "were restored",
    "training.not_stopped": "Early stopping (patience {patience}) never fired; the weights of epoch {best}, "
    "the lowest validation loss ({value}), were kept",
    "training.overfit": "The validation loss was lowest in epoch {epoch} ({best}) and rose to {last} by epoch "
    "{epochs} while training went on: overfitting; early stopping, dropout or a penalty counter it",
    "training.final.classes": "Final (without dropout): training loss {loss}, accuracy {accuracy}",
    "training.final.classes_val": "Final (without dropout): training loss {loss}, accuracy {accuracy}; "
    "validation loss {val_loss}, accuracy {val_accuracy}",
    "training.final.regression": "Final: training loss {loss}",
    "training.final.regression_val": "Final: training loss {loss}; validation loss {val_loss}",
    # errors
    "training.error.seed": "`seed` must be a whole number of 0 or more, got {seed}",
    "training.error.dataset": "unknown data set {name!r}",
    "training.error.dataset.hint": "built in: {names}; or a CSV file with `target`",
    "training.error.samples": "`samples` must be a whole number from 2 to {most:,}, got {n}",
    "training.error.noise": "`noise` must be 0 or more, got {noise}",
    "training.error.file.folder": "a folder, not a file: {path!r}",
    "training.error.file.missing": "no such file: {path!r}",
    "training.error.csv.unreadable": "cannot read {path!r} as CSV ({error})",
    "training.error.csv.empty": "{path!r} holds no rows",
    "training.error.csv.one_column": "{path!r} has one column",
    "training.error.csv.one_column.hint": "give feature columns and a target column",
    "training.error.csv.ragged": "row {row} of {path!r} has {cells} cells, the first row {width}",
    "training.error.csv.ragged.hint": "every row needs the same columns",
    "training.error.csv.rows.one": "{path!r} has {count} data row",
    "training.error.csv.rows.many": "{path!r} has {count} data rows",
    "training.error.csv.rows.hint": "give at least two samples",
    "training.error.csv.feature": "feature {name!r} in row {row} of {path!r} is {cell!r}, not a number",
    "training.error.csv.feature.hint": "features must be numbers; only the target column may hold class names",
    "training.error.target.text": "the target {name!r} holds text, which a regression cannot fit",
    "training.error.target.text.hint": "use a classification loss (bce or ce) or a numeric target",
    "training.error.target.one_class": "the target {name!r} holds one class only ({label!r})",
    "training.error.target.one_class.hint": "a classifier needs at least two classes",
    "training.error.target.classes": "the target {name!r} holds {count} classes, more than {most}",
    "training.error.target.classes.hint": "for numbers to fit, use the mse loss (regression)",
    "training.error.target.column": "`target` {target!r} is not a column of {path!r}",
    "training.error.target.column.names": "its columns: {names}",
    "training.error.target.column.numbers": "its columns: 1 to {count}",
    "training.error.loss": "unknown loss {loss!r}",
    "training.error.loss.hint": "use bce (two classes), ce (classes) or mse",
    "training.error.loss.classes": "the {kind} loss needs classes, but the target holds numbers",
    "training.error.loss.classes.hint": "use `loss`=mse",
    "training.error.loss.bce": "bce fits two classes, the data has {count}",
    "training.error.loss.bce.hint": "use `loss`=ce",
    "training.error.layers.count": "`layers` needs at least the inputs and the outputs, got {count} size",
    "training.error.layers.hint": "e.g. `layers`={layers}",
    "training.error.layers.size": "`layers` must be whole numbers of at least 1, got {size}",
    "training.error.layers.inputs.one": "`layers` starts with {inputs} inputs but the data has {features} feature",
    "training.error.layers.inputs.many": "`layers` starts with {inputs} inputs but the data has {features} features",
    "training.error.layers.outputs": "`layers` ends with {outputs} outputs but the {kind} loss needs {needed}: {what}",
    "training.error.layers.what.bce": "one logit for two classes",
    "training.error.layers.what.ce": "one logit per class ({outputs})",
    "training.error.layers.what.mse.one": "{outputs} target column",
    "training.error.layers.what.mse.many": "{outputs} target columns",
    "training.error.parameters": "the network would have {count:,} parameters, more than {most:,}",
    "training.error.val": "`val` is the share of samples held out, from 0 up to (not including) 1, got {val}",
    "training.error.val.hint": "e.g. `val`=0.2",
    "training.error.val.all": "holding out {held} of {n} samples leaves none for training",
    "training.error.val.all.hint": "give a smaller `val`",
    "training.error.number.range": "`{name}` must be from {low:g} up to (not including) {below:g}, got {value}",
    "training.error.number.at_least": "`{name}` must be at least {low:g}, got {value}",
    "training.error.activation": "unknown activation {activation!r}",
    "training.error.use": "use {names}",
    "training.error.metric": "unknown metric {metric!r}",
    "training.error.metric.hint": "use loss or accuracy",
    "training.error.samples_builtin": "`samples` and `noise` apply to the built-in data sets only",
    "training.error.accuracy": "accuracy needs classes; a regression is measured by its loss",
    "training.error.accuracy.hint": "use `metric`=loss",
    "training.error.epochs": "`epochs` must be a whole number from 1 to {most:,}, got {epochs}",
    "training.error.dropout": "dropout acts on hidden layers, and this network has none",
    "training.error.dropout.hint": "add a hidden layer, e.g. `layers`={layers}",
    "training.error.lbfgs": "L-BFGS evaluates the whole loss several times per step (a closure), which this loop "
    "does not do",
    "training.error.lbfgs.hint": "choose another `optimizer`, e.g. adam",
    "training.error.lr": "`lr` must be positive, got {lr:g}",
    "training.error.lr.hint": "e.g. `lr`=0.01",
    "training.error.patience": "`patience` must be a whole number of at least 1, got {patience}",
    "training.error.patience.val": "early stopping watches the validation loss, and no samples are held out",
    "training.error.patience.val.hint": "hold some out with `val`, e.g. `val`=0.2",
    "training.error.batch_size": "`batch_size` must be a whole number of at least 1, got {batch_size}",
    "training.error.batch_size.hint": "e.g. `batch_size`=32, or leave it out for the full batch",
    "training.error.explain_epoch": "`explain_epoch` must be an epoch from 1 to {epochs}, got {explain_epoch}",
    "training.error.every": "`every` must be at least 1, got {every}",
    "training.error.where.epoch": "epoch {epoch}",
    "training.error.where.batch": "epoch {epoch}, batch {batch}",
    "training.error.diverged.nan": "training diverged in {where}: the loss stopped being a number",
    "training.error.diverged.inf": "training diverged in {where}: the loss overflowed",
    "training.error.diverged": "training diverged in {where}: the loss blew up to {value:.3g}",
    "training.error.diverged.hint": "the learning rate {lr:g} is too large; try a smaller `lr`, e.g. `lr`={smaller:g}",
    "training.error.save.suffix": "cannot save parameters to {path!r}",
    "training.error.save.suffix.hint": "name an .npz file, e.g. weights.npz",
    "training.error.save.no_folder": "no such folder: {folder!r}",
    "training.error.save.folder": "{path!r} is a folder",
    "training.error.save.folder.hint": "name a file in it, e.g. weights.npz",
    "training.error.save.cannot_write": "cannot write {path!r}: {reason}",
    "training.error.npz.index": "the layer index must be a whole number of at least 1, got {index}",
    "training.error.npz.no_layer": "{path!r} has no layer {index} (arrays {w} and {b})",
    "training.error.npz.layers.one": "it holds {count} layer",
    "training.error.npz.layers.many": "it holds {count} layers",
    "training.error.npz.holds": "it holds {names}",
    "training.error.npz.nothing": "it holds nothing",
    "training.error.npz.pickle": "{path!r} holds Python objects, which mlmath never unpickles",
    "training.error.npz.unreadable_colon": "cannot read {path!r} as .npz: {error}",
    "training.error.npz.unreadable": "cannot read {path!r} as .npz ({error})",
    "training.error.npz.not_matrix": "{name} in {path!r} is not a numeric matrix",
    "training.error.npz.not_vector": "{name} in {path!r} is not a numeric vector",
    "training.error.npz.nan": "{name} in {path!r} holds nan or inf",
    "training.error.cli.whole": "must be a whole number, got {text}",
    "training.error.cli.both": "give either a built-in data set ({dataset}) or --data FILE.csv, not both",
    "training.error.cli.target": "--target names a column of a CSV file",
    "training.error.cli.target.hint": "add --data FILE.csv",
    "training.error.cli.no_target": "a CSV file needs its target column",
    "training.error.cli.no_target.hint": "add --target COLUMN (a name or a number)",
    "training.error.cli.samples": "--samples and --noise apply to the built-in data sets only",
}

KO = {
    # 요약과 안내
    "training.headline.classes": "{name}에서 {layers} ({activation}), {optimizer} {epochs} 에포크: 손실 {loss}, "
    "정확도 {accuracy}",
    "training.headline.regression": "{name}에서 {layers} ({activation}), {optimizer} {epochs} 에포크: 손실 {loss}",
    "training.note.setup": "학습 {train}개, 검증 {val}개; 배치 {batch} (에포크마다 {batches}개); 학습률 {lr}; "
    "시드 {seed}",
    "training.note.stopped": "조기 종료: 검증 손실이 가장 낮았던 에포크 {best}의 가중치를 복원; 에포크 {stopped} 후 "
    "멈춤",
    # 표
    "training.title.worked": "에포크 {epoch}, 배치 1 (샘플 {rows}개; 앞의 행만 표시)",
    "training.title.x": "A⁽⁰⁾ = X, 입력 ({shape})",
    "training.title.z": "Z{layer} = A{prev}·W{layer} + b{layer} ({shape})",
    "training.title.a": "A{layer} = {name}(Z{layer}) ({shape})",
    "training.title.p_sigmoid": "p = σ(Z{layer}) ({shape})",
    "training.title.p_softmax": "p = softmax(Z{layer}) ({shape})",
    "training.title.delta": "δ{layer} = ∂L/∂Z{layer} ({shape})",
    "training.title.grad_w": "∂L/∂W{layer} = A{prev}ᵀ·δ{layer} ({shape})",
    "training.title.epochs": "{every} 에포크마다",
    "training.title.epochs_all": "에포크마다",
    "training.column.epoch": "에포크",
    "training.column.train_loss": "학습 손실",
    "training.column.val_loss": "검증 손실",
    "training.column.train_accuracy": "학습 정확도",
    "training.column.val_accuracy": "검증 정확도",
    "training.corner.sample": "샘플",
    "training.corner.input": "입력",
    "training.note.table": "학습 손실과 정확도: 학습하며 지나간 그 에포크 배치들에서 (에포크 0: 학습 전); 검증: "
    "에포크가 끝난 뒤 드롭아웃 없이",
    "training.title.curve": "에포크별 손실",
    "training.label.train": "학습",
    "training.label.val": "검증",
    "training.label.epoch": "에포크",
    "training.title.boundary": "결정 경계",
    "training.note.boundary": "평면 위 예측 클래스 ({markers}); 학습 샘플은 클래스 숫자로 표시",
    "training.title.fit": "학습된 곡선(선)과 학습 샘플(•)",
    "training.label.data": "데이터",
    "training.label.fit": "모델",
    "training.progress": "학습",
    # 단계: 준비
    "training.data.classes": "데이터 {name}: 특성 {features}개짜리 샘플 {samples}개, 클래스 {classes}개 ({names}); "
    "학습에 {train}개, 검증용으로 {val}개를 떼어 둠",
    "training.data.regression": "데이터 {name}: 특성 {features}개짜리 샘플 {samples}개와 예측할 수 (회귀); 학습에 "
    "{train}개, 검증용으로 {val}개를 떼어 둠",
    "training.model": "신경망 {layers}: 파라미터 {count}개; 층마다 Z = A·W + b, 은닉층은 이어서 A = {activation}(Z); "
    "초기 가중치는 시드 {seed}에서",
    "training.model.single": "신경망 {layers}: 파라미터 {count}개, 층 하나 Z = X·W + b (은닉층 없음); 초기 가중치는 "
    "시드 {seed}에서",
    "training.model.layer": "층 {index}: W{layer} {inputs}×{outputs}, b{layer} ({outputs})를 "
    "uniform(−1/√{inputs}, 1/√{inputs}) = ±{bound}에서 뽑음 (nn.Linear의 초기화와 같음)",
    "training.output.bce": "출력: 샘플마다 로짓 z 하나, p = σ(z)는 클래스 1일 확률; 손실: 로짓에서 계산하는 이진 "
    "교차 엔트로피 L = mean(max(z, 0) − z·y + log(1 + e^(−|z|))) (BCEWithLogitsLoss)",
    "training.output.ce": "출력: 클래스마다 로짓 하나 ({outputs}개), p = softmax(z); 손실: 교차 엔트로피 "
    "L = mean(−log 정답 클래스의 p) (CrossEntropyLoss)",
    "training.output.mse": "출력: 예측 ŷ = z 그대로 (샘플마다 {outputs}개); 손실: 평균 제곱 오차 "
    "L = mean((ŷ − y)²) (MSELoss)",
    "training.batches": "미니배치: 에포크마다 학습 샘플 {train}개를 섞어 {size}개씩 배치 {batches}개로 나눔; "
    "배치마다 한 번 갱신",
    "training.batches_last": "미니배치: 에포크마다 학습 샘플 {train}개를 섞어 {size}개씩 배치 {batches}개로 나눔 "
    "(마지막 배치는 {last}개); 배치마다 한 번 갱신",
    "training.full_batch": "전체 배치: 에포크마다 학습 샘플 {train}개 전부로 한 번 갱신",
    "training.penalty.l1": "L1 페널티 λ·Σ|W|, λ = {lam}, 모든 가중치에 (편향 제외): 기울기 λ·sign(W)를 ∂L/∂W에 "
    "더함",
    "training.penalty.l2": "L2 페널티 λ·ΣW², λ = {lam}, 모든 가중치에 (편향 제외): 기울기 2λ·W를 ∂L/∂W에 더함",
    "training.dropout": "드롭아웃 p = {p}, 학습 중 모든 은닉층에: 각 활성값을 확률 1 − p로 남겨 1/(1 − p) = "
    "{scale}을 곱하고, 아니면 0으로; 평가 때는 없음",
    "training.rule": "{name}, PyTorch로는 {torch}",
    # 단계: 풀어 쓴 배치
    "training.worked": "에포크 {epoch}, 배치 {batches}개 중 1번 (샘플 {rows}개)을 끝까지 풀어 씀",
    "training.forward.first": "순전파, 층 {index}: Z{layer} = X·W{layer} + b{layer}: "
    "({batch}×{inputs})·({inputs}×{outputs}) + ({outputs}) → {batch}×{outputs}",
    "training.forward.layer": "순전파, 층 {index}: Z{layer} = A{prev}·W{layer} + b{layer}: "
    "({batch}×{inputs})·({inputs}×{outputs}) + ({outputs}) → {batch}×{outputs}",
    "training.forward.neuron": "샘플 1, 뉴런 1: z{layer}₁₁ = Σₖ a{prev}₁ₖ·w{layer}ₖ₁ + b{layer}₁ = "
    "{terms: + } ≈ {value}",
    "training.forward.act": "a{layer}₁₁ = {name}({z}) ≈ {value}; Z{layer}의 모든 원소도 같은 방식",
    "training.forward.dropout": "드롭아웃: A{layer}의 원소 {count}개 중 {dropped}개를 0으로, 나머지는 {scale}을 곱함 "
    "(샘플 1, 뉴런 1은 이제 {value})",
    "training.forward.sigmoid": "샘플 1: p = σ({z}) ≈ {value}, 클래스 1일 확률",
    "training.forward.softmax": "샘플 1: p = softmax(z) ≈ ({values})",
    "training.forward.identity": "출력 Z{layer}가 곧 예측 ŷ",
    "training.loss": "배치의 손실 ({kind}, 샘플 {batch}개의 평균): L ≈ {value}",
    "training.loss.penalty": "여기에 페널티 ≈ {penalty}를 더해, 학습은 ≈ {total}을 줄임",
    "training.backward.bce": "역전파, 출력: δ{layer} = ∂L/∂Z{layer} = (p − y)/n; 샘플 1: ({p} − {y})/{n} ≈ {value}",
    "training.backward.ce": "역전파, 출력: δ{layer} = ∂L/∂Z{layer} = (p − onehot(y))/n; 샘플 1, 클래스 1: "
    "({p} − {y})/{n} ≈ {value}",
    "training.backward.mse": "역전파, 출력: δ{layer} = ∂L/∂Z{layer} = 2(ŷ − y)/(원소 수); 샘플 1: "
    "2·({z} − {y})/{count} ≈ {value}",
    "training.backward.layer": "역전파, 층 {index}: ∂L/∂W{layer} = A{prev}ᵀ·δ{layer}: "
    "({inputs}×{batch})·({batch}×{outputs}) → {inputs}×{outputs}; ∂L/∂b{layer} = 샘플에 걸친 δ{layer}의 합 → "
    "{outputs}",
    "training.backward.grad_w": "∂L/∂w{layer}₁₁ = Σₛ a{prev}ₛ₁·δ{layer}ₛ₁ = {terms: + } ≈ {value}",
    "training.backward.grad_b": "∂L/∂b{layer}₁ = Σₛ δ{layer}ₛ₁ = {terms: + } ≈ {value}",
    "training.backward.l1": "L1 페널티를 더해: + λ·sign(w{layer}₁₁) = + {lam}·sign({w}), 그래서 ∂/∂w{layer}₁₁ "
    "≈ {value}",
    "training.backward.l2": "L2 페널티를 더해: + 2λ·w{layer}₁₁ = + 2·{lam}·{w:p}, 그래서 ∂/∂w{layer}₁₁ ≈ {value}",
    "training.backward.delta": "δ{prev} = (δ{layer}·W{layer}ᵀ) ⊙ {name}′(Z{prev}): "
    "({batch}×{outputs})·({outputs}×{inputs}) → {batch}×{inputs}, 그다음 원소별로",
    "training.backward.delta_dropout": "δ{prev} = (δ{layer}·W{layer}ᵀ) ⊙ mask ⊙ {name}′(Z{prev}): "
    "({batch}×{outputs})·({outputs}×{inputs}) → {batch}×{inputs}, 그다음 원소별로 (꺼진 뉴런으로는 기울기가 "
    "흐르지 않음)",
    "training.trace": "가중치 하나를 연쇄 법칙으로: w⁽¹⁾₁₁ (입력 1 → 층 1의 뉴런 1)은 {path}을 따라 손실을 "
    "움직임; L에서부터 거꾸로 국소 미분을 곱함 (샘플 1)",
    "training.trace.single": "가중치 하나를 연쇄 법칙으로: w⁽¹⁾₁₁은 {path}을 따라 손실을 움직임 (샘플 1)",
    "training.trace.output": "∂L/∂z{layer}₁₁ = δ{layer}₁₁ ≈ {value}",
    "training.trace.back": "∂L/∂a{layer}₁₁ = Σⱼ δ{next}₁ⱼ·w{next}₁ⱼ = {terms: + } ≈ {value} (다음 층의 모든 "
    "뉴런을 거쳐)",
    "training.trace.local": "δ{layer}₁₁ = ∂L/∂a{layer}₁₁ · {name}′(z{layer}₁₁) = {product} ≈ {value}",
    "training.trace.local_dropout": "δ{layer}₁₁ = ∂L/∂a{layer}₁₁ · mask · {name}′(z{layer}₁₁) = {product} ≈ "
    "{value}",
    "training.trace.weight": "샘플 1은 x₁₁·δ⁽¹⁾₁₁ = {x}·{delta:p} ≈ {value}를 ∂L/∂w⁽¹⁾₁₁에 더함; 샘플 {batch}개를 "
    "모두 더하면 ≈ {total}",
    "training.update": "{optimizer}로 w⁽¹⁾₁₁ 갱신 (학습률 lr = {lr}), 파라미터 {count}개 모두 같은 규칙",
    "training.update.grad": "g = ∂L/∂w⁽¹⁾₁₁ ≈ {value}",
    "training.update.new": "w⁽¹⁾₁₁ ← w + Δθ = {old} + {delta:p} ≈ {value}",
    # 단계: 학습 전체
    "training.epochs_full": "{epochs} 에포크, 에포크마다 갱신 한 번; 학습 손실은 {first} (에포크 1)에서 {last}로",
    "training.epochs": "{epochs} 에포크 × 배치 {batches}개 = 갱신 {updates}번; 학습 손실은 {first} (에포크 1)에서 "
    "{last}로",
    "training.stopped": "조기 종료: 검증 손실이 에포크 {best}에서 가장 낮았고 ({value}) {patience} 에포크 동안 "
    "나아지지 않아, 에포크 {stopped} 후 학습을 멈추고 에포크 {best}의 가중치를 복원함",
    "training.not_stopped": "조기 종료 (patience {patience})는 일어나지 않음; 검증 손실이 가장 낮았던 에포크 "
    "{best}의 가중치 ({value})를 유지함",
    "training.overfit": "검증 손실은 에포크 {epoch}에서 가장 낮았다가 ({best}) 학습이 이어지며 에포크 {epochs}에 "
    "{last}로 올랐음: 과적합; 조기 종료, 드롭아웃이나 페널티로 막을 수 있음",
    "training.final.classes": "최종 (드롭아웃 없이): 학습 손실 {loss}, 정확도 {accuracy}",
    "training.final.classes_val": "최종 (드롭아웃 없이): 학습 손실 {loss}, 정확도 {accuracy}; 검증 손실 "
    "{val_loss}, 정확도 {val_accuracy}",
    "training.final.regression": "최종: 학습 손실 {loss}",
    "training.final.regression_val": "최종: 학습 손실 {loss}; 검증 손실 {val_loss}",
    # errors
    "training.error.seed": "`seed`는 0 이상의 정수여야 합니다 (받은 값: {seed})",
    "training.error.dataset": "알 수 없는 데이터셋 {name!r}",
    "training.error.dataset.hint": "내장 데이터셋: {names}; 또는 .csv 파일과 `target`을 주세요",
    "training.error.samples": "`samples`는 2부터 {most:,}까지의 정수여야 합니다 (받은 값: {n})",
    "training.error.noise": "`noise`는 0 이상이어야 합니다 (받은 값: {noise})",
    "training.error.file.folder": "파일이 아니라 폴더입니다: {path!r}",
    "training.error.file.missing": "그런 파일이 없습니다: {path!r}",
    "training.error.csv.unreadable": "CSV로 읽을 수 없습니다: {path!r} ({error})",
    "training.error.csv.empty": "행이 하나도 없습니다: {path!r}",
    "training.error.csv.one_column": "열이 하나뿐입니다: {path!r}",
    "training.error.csv.one_column.hint": "특성 열들과 목표 열을 주세요",
    "training.error.csv.ragged": "{path!r}의 {row}번째 행에는 칸이 {cells}개 있는데, 첫 행에는 {width}개입니다",
    "training.error.csv.ragged.hint": "모든 행의 열 수가 같아야 합니다",
    "training.error.csv.rows.one": "{path!r}에 데이터 행이 {count}개뿐입니다",
    "training.error.csv.rows.many": "{path!r}에 데이터 행이 {count}개뿐입니다",
    "training.error.csv.rows.hint": "샘플을 2개 이상 주세요",
    "training.error.csv.feature": "{path!r}의 {row}번째 행에서 특성 {name!r}의 값 {cell!r}는 숫자가 아닙니다",
    "training.error.csv.feature.hint": "특성은 숫자여야 합니다; 클래스 이름은 목표 열에만 쓸 수 있습니다",
    "training.error.target.text": "목표 {name!r}에 글자가 있어 회귀로 맞출 수 없습니다",
    "training.error.target.text.hint": "분류 손실 함수(bce 또는 ce)를 쓰거나 숫자 목표를 주세요",
    "training.error.target.one_class": "목표 {name!r}에 클래스가 하나뿐입니다 ({label!r})",
    "training.error.target.one_class.hint": "분류기에는 클래스가 2개 이상 필요합니다",
    "training.error.target.classes": "목표 {name!r}의 클래스가 {count}개로, 최대 {most}개를 넘습니다",
    "training.error.target.classes.hint": "숫자를 맞추려면 mse 손실 함수(회귀)를 쓰세요",
    "training.error.target.column": "`target` {target!r}는 {path!r}의 열이 아닙니다",
    "training.error.target.column.names": "열 이름: {names}",
    "training.error.target.column.numbers": "열 번호: 1부터 {count}까지",
    "training.error.loss": "알 수 없는 손실 함수 {loss!r}",
    "training.error.loss.hint": "bce(클래스 2개), ce(여러 클래스) 또는 mse를 쓰세요",
    "training.error.loss.classes": "{kind} 손실 함수에는 클래스가 필요한데, 목표가 숫자입니다",
    "training.error.loss.classes.hint": "`loss`=mse를 쓰세요",
    "training.error.loss.bce": "bce는 클래스 2개를 맞추는데, 데이터의 클래스는 {count}개입니다",
    "training.error.loss.bce.hint": "`loss`=ce를 쓰세요",
    "training.error.layers.count": "`layers`에는 적어도 입력 수와 출력 수가 있어야 하는데, 크기가 {count}개뿐입니다",
    "training.error.layers.hint": "예: `layers`={layers}",
    "training.error.layers.size": "`layers`는 1 이상의 정수여야 합니다 (받은 값: {size})",
    "training.error.layers.inputs.one": "`layers`는 입력 {inputs}개로 시작하지만 데이터의 특성은 {features}개입니다",
    "training.error.layers.inputs.many": "`layers`는 입력 {inputs}개로 시작하지만 데이터의 특성은 {features}개입니다",
    "training.error.layers.outputs": "`layers`는 출력 {outputs}개로 끝나지만 {kind} 손실 함수에는 {needed}개가 "
    "필요합니다: {what}",
    "training.error.layers.what.bce": "두 클래스에 로짓 하나",
    "training.error.layers.what.ce": "클래스마다 로짓 하나 (클래스 {outputs}개)",
    "training.error.layers.what.mse.one": "목표 열 {outputs}개",
    "training.error.layers.what.mse.many": "목표 열 {outputs}개",
    "training.error.parameters": "신경망의 파라미터가 {count:,}개로, 최대 {most:,}개를 넘습니다",
    "training.error.val": "`val`은 검증용으로 떼어 둘 샘플의 비율로, 0 이상 1 미만이어야 합니다 (받은 값: {val})",
    "training.error.val.hint": "예: `val`=0.2",
    "training.error.val.all": "샘플 {n}개 중 {held}개를 떼어 두면 학습에 남는 샘플이 없습니다",
    "training.error.val.all.hint": "더 작은 `val`을 주세요",
    "training.error.number.range": "`{name}` 값은 {low:g} 이상 {below:g} 미만이어야 합니다 (받은 값: {value})",
    "training.error.number.at_least": "`{name}` 값은 {low:g} 이상이어야 합니다 (받은 값: {value})",
    "training.error.activation": "알 수 없는 활성화 함수 {activation!r}",
    "training.error.use": "다음 중 하나를 쓰세요: {names}",
    "training.error.metric": "알 수 없는 지표 {metric!r}",
    "training.error.metric.hint": "'loss' 또는 'accuracy'를 쓰세요",
    "training.error.samples_builtin": "`samples`와 `noise`는 내장 데이터셋에만 쓸 수 있습니다",
    "training.error.accuracy": "정확도에는 클래스가 필요합니다; 회귀는 손실로 잽니다",
    "training.error.accuracy.hint": "`metric`=loss를 쓰세요",
    "training.error.epochs": "`epochs`는 1부터 {most:,}까지의 정수여야 합니다 (받은 값: {epochs})",
    "training.error.dropout": "드롭아웃은 은닉층에 적용되는데, 이 신경망에는 은닉층이 없습니다",
    "training.error.dropout.hint": "은닉층을 더하세요, 예: `layers`={layers}",
    "training.error.lbfgs": "L-BFGS는 한 스텝에 전체 손실을 여러 번 계산하는데(클로저), 이 학습 루프는 그렇게 하지 "
    "않습니다",
    "training.error.lbfgs.hint": "다른 `optimizer`를 고르세요, 예: 'adam'",
    "training.error.lr": "`lr`은 양수여야 합니다 (받은 값: {lr:g})",
    "training.error.lr.hint": "예: `lr`=0.01",
    "training.error.patience": "`patience`는 1 이상의 정수여야 합니다 (받은 값: {patience})",
    "training.error.patience.val": "조기 종료는 검증 손실을 지켜보는데, 떼어 둔 검증 샘플이 없습니다",
    "training.error.patience.val.hint": "`val`로 일부를 떼어 두세요, 예: `val`=0.2",
    "training.error.batch_size": "`batch_size`는 1 이상의 정수여야 합니다 (받은 값: {batch_size})",
    "training.error.batch_size.hint": "예: `batch_size`=32, 전체 배치를 쓰려면 빼세요",
    "training.error.explain_epoch": "`explain_epoch`는 1부터 {epochs}까지의 에포크여야 합니다 (받은 값: "
    "{explain_epoch})",
    "training.error.every": "`every`는 1 이상이어야 합니다 (받은 값: {every})",
    "training.error.where.epoch": "에포크 {epoch}",
    "training.error.where.batch": "에포크 {epoch}, 배치 {batch}",
    "training.error.diverged.nan": "학습이 발산했습니다 ({where}): 손실이 더는 숫자가 아닙니다",
    "training.error.diverged.inf": "학습이 발산했습니다 ({where}): 손실이 넘쳤습니다(오버플로)",
    "training.error.diverged": "학습이 발산했습니다 ({where}): 손실이 {value:.3g}까지 커졌습니다",
    "training.error.diverged.hint": "학습률({lr:g})이 너무 큽니다; 더 작은 `lr`을 써 보세요, 예: `lr`={smaller:g}",
    "training.error.save.suffix": "파라미터를 저장할 수 없습니다: {path!r}",
    "training.error.save.suffix.hint": ".npz 파일 이름을 주세요 (예: weights.npz)",
    "training.error.save.no_folder": "그런 폴더가 없습니다: {folder!r}",
    "training.error.save.folder": "폴더입니다: {path!r}",
    "training.error.save.folder.hint": "그 안의 파일 이름을 주세요 (예: weights.npz)",
    "training.error.save.cannot_write": "쓸 수 없습니다: {path!r}: {reason}",
    "training.error.npz.index": "층 번호는 1 이상의 정수여야 합니다 (받은 값: {index})",
    "training.error.npz.no_layer": "{path!r}에 {index}번째 층이 없습니다 (배열 {w}, {b})",
    "training.error.npz.layers.one": "층이 {count}개 있습니다",
    "training.error.npz.layers.many": "층이 {count}개 있습니다",
    "training.error.npz.holds": "들어 있는 배열: {names}",
    "training.error.npz.nothing": "아무 배열도 없습니다",
    "training.error.npz.pickle": "{path!r}에 파이썬 객체가 들어 있습니다; mlmath는 언피클하지 않습니다",
    "training.error.npz.unreadable_colon": ".npz로 읽을 수 없습니다: {path!r}: {error}",
    "training.error.npz.unreadable": ".npz로 읽을 수 없습니다: {path!r} ({error})",
    "training.error.npz.not_matrix": "{path!r}의 {name}는 숫자 행렬이 아닙니다",
    "training.error.npz.not_vector": "{path!r}의 {name}는 숫자 벡터가 아닙니다",
    "training.error.npz.nan": "{path!r}의 {name}에 nan 또는 inf가 있습니다",
    "training.error.cli.whole": "정수여야 합니다 (받은 값: {text})",
    "training.error.cli.both": "내장 데이터셋({dataset})과 --data FILE.csv 중 하나만 주세요",
    "training.error.cli.target": "--target은 .csv 파일의 열을 가리킵니다",
    "training.error.cli.target.hint": "--data FILE.csv를 더하세요",
    "training.error.cli.no_target": ".csv 파일에는 목표 열이 필요합니다",
    "training.error.cli.no_target.hint": "--target COLUMN(열 이름 또는 번호)을 더하세요",
    "training.error.cli.samples": "--samples와 --noise는 내장 데이터셋에만 쓸 수 있습니다",
}

HELP_KO = {
    "train": """작은 신경망 학습: 순전파, 손실, 역전파, 옵티마이저를 에포크마다.

다층 퍼셉트론이 내장 2차원 데이터(또는 CSV 파일)를 PyTorch가 float64로 학습하듯 배웁니다:
nn.Linear처럼 초기화한 가중치, 과제에 맞는 손실, torch.optim의 규칙. 첫 배치는 끝까지 풀어
씁니다: 층마다의 순전파, 손실, δ와 ∂L/∂W = Aᵀ·δ를 쓰는 역전파, 연쇄 법칙으로 따라간 가중치 하나와
그 갱신. 이어서 에포크 표, 손실 곡선, 결정 경계.

[dim]예:[/]
  mlmath train xor --layers 2,8,1 --epochs 2000 --lr 0.05
  mlmath train moons --layers 2,16,1 --batch-size 32 --val 0.2 --patience 20
  mlmath train spiral --layers 2,32,3 -a tanh --dropout 0.1 --epochs 300
  mlmath train --data examples/points.csv --target side --val 0.2 --json
""",
    "train.dataset": "내장 데이터: xor (네 꼭짓점), moons, circles, spiral (클래스 3개), line (회귀) "
    "\\[기본값: xor].",
    "train.data": "대신 CSV 파일로 학습: 수치 특성과 --target 열 (머리글 행 허용).",
    "train.target": "CSV의 정답 열, 이름이나 번호(1부터)로: 클래스 이름, 정수, 또는 회귀라면 수.",
    "train.samples": "내장 데이터의 샘플 수 \\[기본값: xor 4, moons 200, circles 200, spiral 300, line 100].",
    "train.noise": "내장 데이터의 잡음 \\[기본값: xor 0, moons 0.1, circles 0.05, spiral 0.2, line 0.1].",
    "train.val": "이 비율의 샘플을 검증용으로 떼어 둠, 예: 0.2 \\[기본값: 0].",
    "train.layers": "입력부터 출력까지 층의 크기, 예: 2,8,8,1 \\[기본값: 특성 수,8,출력 수].",
    "train.activation": "은닉층의 활성화 함수: relu, tanh, sigmoid, leaky-relu, gelu.",
    "train.loss": "손실 함수 \\[기본값: 과제에 따라: 클래스 두 개면 로짓 하나의 bce, 더 많으면 ce, 수라면 mse].",
    "train.optimizer": "sgd, momentum, nesterov, adam, adamw, adagrad, rmsprop (torch.optim의 규칙).",
    "train.lr": "학습률: 갱신 한 번의 보폭 \\[기본값: 0.01].",
    "train.epochs": "학습 데이터를 도는 횟수(에포크) \\[기본값: 500].",
    "train.batch_size": "갱신 한 번에 쓰는 샘플 수, 에포크마다 섞음 \\[기본값: 전부: 전체 배치].",
    "train.l1": "가중치에 L1 페널티 λ·Σ|W| \\[기본값: 0].",
    "train.l2": "가중치에 L2 페널티 λ·ΣW² \\[기본값: 0] (--weight-decay는 옵티마이저 쪽 형태).",
    "train.dropout": "학습 중 모든 은닉층에 역 드롭아웃 \\[기본값: 0].",
    "train.patience": "조기 종료: 검증 손실이 K 에포크 동안 나아지지 않으면 멈추고 가장 좋은 가중치를 유지 "
    "(--val 필요).",
    "train.seed": "데이터, 분할, 초기 가중치, 배치, 드롭아웃 마스크의 시드 \\[기본값: 0].",
    "train.explain_epoch": "에포크 N의 첫 배치를 끝까지 풀어 씀 \\[기본값: 1].",
    "train.every": "에포크 표에 K 에포크마다 한 행 \\[기본값: 약 열 행].",
    "train.metric": "--expect가 확인하는 대표 결과: 최종 학습 손실 또는 정확도.",
    "train.save": "최종 파라미터 W1, b1, W2, b2, …(W는 입력×출력)를 numpy.savez로 저장; mlmath layer --weights "
    "FILE --index K가 K번째 층을 다시 읽음.",
    "train.momentum": "모멘텀 μ (sgd 0; momentum, nesterov 0.9; rmsprop 0).",
    "train.dampening": "모멘텀의 감쇠 τ (sgd 계열, 0).",
    "train.nesterov": "네스테로프 모멘텀 (sgd 계열).",
    "train.weight_decay": "모든 파라미터에 가중치 감쇠 λ (adamw 0.01, 분리형; 나머지 0).",
    "train.beta1": "Adam의 평균 기울기 m의 감쇠 (0.9).",
    "train.beta2": "Adam의 평균 제곱 기울기 v의 감쇠 (0.999).",
    "train.eps": "분모의 제곱근에 더하는 값 (adam, rmsprop 1e-8; adagrad 1e-10).",
    "train.alpha": "RMSprop의 평균 제곱 기울기의 감쇠 (0.99).",
    "train.lr_decay": "Adagrad의 학습률 감쇠 (0).",
    "train.amsgrad": "AMSGrad: 지금까지 가장 큰 v로 나눔 (adam, adamw).",
    "train.centered": "중심화 RMSprop: √(v − ḡ²)로 나눔.",
}

PANELS_KO = {
    "Data": "데이터",
    "Model": "모델",
    "Training": "학습",
    "Optimizer hyper-parameters \\[default: torch.optim's]": "옵티마이저 하이퍼파라미터 \\[기본값: torch.optim의 값]",
}
